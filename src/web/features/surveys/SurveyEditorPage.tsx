import { Alert, Button, Group, Select, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { type SurveyInputT, type SurveyT, useManageSurvey, useSurvey } from './api';
import { type DraftQuestion, QuestionEditor } from './QuestionEditor';
import { SurveySettingsFields } from './SurveySettingsFields';

const recurrenceKeys = {
  none: 'surveys:recurrence.none',
  weekly: 'surveys:recurrence.weekly',
  monthly: 'surveys:recurrence.monthly',
} as const;

const blank = (): DraftQuestion => ({ kind: 'scale', textIt: '', textEn: '', choices: [], required: true });

const empty: SurveyInputT = {
  kind: 'survey',
  titleIt: '',
  titleEn: '',
  introIt: '',
  introEn: '',
  anonymous: true,
  recurrence: 'none',
  targeting: { all: true, departments: [], sites: [], jobFamilies: [], newHireDays: null },
  remindAfterDays: 5,
  closesAt: null,
  questions: [blank()],
};

/** A saved draft as the editor's input (the server's extra fields left out). */
const inputOf = (s: SurveyT): SurveyInputT => ({
  kind: s.kind,
  titleIt: s.titleIt,
  titleEn: s.titleEn,
  introIt: s.introIt,
  introEn: s.introEn,
  anonymous: s.anonymous,
  recurrence: s.recurrence,
  targeting: s.targeting,
  remindAfterDays: s.remindAfterDays,
  closesAt: s.closesAt,
  questions: s.questions.map(({ id: _id, ...q }) => q),
});

/** HR write a survey or a pulse in both languages; it is saved as a draft (editable until published). */
export function SurveyEditorPage() {
  return (
    <RequirePermission permission="surveys.manage">
      <EditorLoader />
    </RequirePermission>
  );
}

function EditorLoader() {
  const { id } = useParams();
  const survey = useSurvey(id);
  if (id && survey.isLoading) return <Loading />;
  if (id && !survey.data) return <ErrorAlert error={survey.error} />;
  return <SurveyEditor id={id} survey={survey.data} />;
}

function SurveyEditor({ id, survey }: { id?: string; survey?: SurveyT }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { create, update } = useManageSurvey();
  const [v, setV] = useState<SurveyInputT>(survey ? inputOf(survey) : empty);
  const set = (p: Partial<SurveyInputT>) => setV((old) => ({ ...old, ...p }));
  const field = (k: 'titleIt' | 'titleEn' | 'introIt' | 'introEn') => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => set({ [k]: e.currentTarget.value }),
  });
  const { questions } = v;
  const setQuestions = (qs: DraftQuestion[]) => set({ questions: qs });
  const saving = id ? update : create;
  const save = () => {
    const body = { ...v, kind: v.recurrence === 'none' ? ('survey' as const) : ('pulse' as const) };
    const done = { onSuccess: () => navigate('/surveys/manage') };
    if (id) update.mutate({ id, body }, done);
    else create.mutate(body, done);
  };
  if (survey && survey.status !== 'draft') return <Alert color="yellow">{t('surveys:editor.notDraft')}</Alert>;
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t(id ? 'surveys:editor.editTitle' : 'surveys:editor.title')}</Title>
      <TextInput label={t('surveys:editor.titleIt')} required {...field('titleIt')} />
      <TextInput label={t('surveys:editor.titleEn')} required {...field('titleEn')} />
      <Textarea label={t('surveys:editor.introIt')} autosize minRows={2} {...field('introIt')} />
      <Textarea label={t('surveys:editor.introEn')} autosize minRows={2} {...field('introEn')} />
      <Select
        label={t('surveys:editor.recurrence')}
        data={(['none', 'weekly', 'monthly'] as const).map((r) => ({ value: r, label: t(recurrenceKeys[r]) }))}
        value={v.recurrence}
        allowDeselect={false}
        onChange={(r) => r && set({ recurrence: r as SurveyInputT['recurrence'] })}
      />
      <Switch
        label={t('surveys:editor.anonymous')}
        checked={v.anonymous}
        onChange={(e) => set({ anonymous: e.currentTarget.checked })}
      />
      <Alert color="gray">{t(v.anonymous ? 'surveys:editor.anonymousHelp' : 'surveys:editor.namedHelp')}</Alert>
      <SurveySettingsFields value={v} onChange={set} />
      {questions.map((q, i) => (
        <QuestionEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: questions are edited in place, by position
          key={i}
          n={i + 1}
          q={q}
          onChange={(nq) => setQuestions(questions.map((x, j) => (j === i ? nq : x)))}
          onRemove={questions.length > 1 ? () => setQuestions(questions.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setQuestions([...questions, blank()])}
        >
          {t('surveys:editor.addQuestion')}
        </Button>
      </Group>
      <ErrorAlert error={saving.error} />
      <Button onClick={save} loading={saving.isPending}>
        {t('surveys:editor.save')}
      </Button>
    </Stack>
  );
}
