import { Alert, Button, Group, Select, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../lib/RequirePermission';
import { type SurveyInputT, useManageSurvey } from './api';
import { type DraftQuestion, QuestionEditor } from './QuestionEditor';

const recurrenceKeys = {
  none: 'surveys:recurrence.none',
  weekly: 'surveys:recurrence.weekly',
  monthly: 'surveys:recurrence.monthly',
} as const;

const blank = (): DraftQuestion => ({ kind: 'scale', textIt: '', textEn: '', choices: [], required: true });

/** HR write a survey or a pulse in both languages; it is saved as a draft, published from the list. */
export function SurveyEditorPage() {
  return (
    <RequirePermission permission="surveys.manage">
      <SurveyEditor />
    </RequirePermission>
  );
}

function SurveyEditor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { create } = useManageSurvey();
  const [s, setS] = useState({ titleIt: '', titleEn: '', introIt: '', introEn: '', anonymous: true });
  const [recurrence, setRecurrence] = useState<SurveyInputT['recurrence']>('none');
  const [questions, setQuestions] = useState<DraftQuestion[]>([blank()]);
  const field = (k: 'titleIt' | 'titleEn' | 'introIt' | 'introEn') => ({
    value: s[k],
    onChange: (e: { currentTarget: { value: string } }) => setS({ ...s, [k]: e.currentTarget.value }),
  });
  const save = () =>
    create.mutate(
      {
        ...s,
        kind: recurrence === 'none' ? 'survey' : 'pulse',
        recurrence,
        targeting: { all: true, departments: [], sites: [], jobFamilies: [], newHireDays: null },
        remindAfterDays: 5,
        closesAt: null,
        questions,
      },
      { onSuccess: () => navigate('/surveys/manage') },
    );
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('surveys:editor.title')}</Title>
      <TextInput label={t('surveys:editor.titleIt')} required {...field('titleIt')} />
      <TextInput label={t('surveys:editor.titleEn')} required {...field('titleEn')} />
      <Textarea label={t('surveys:editor.introIt')} autosize minRows={2} {...field('introIt')} />
      <Textarea label={t('surveys:editor.introEn')} autosize minRows={2} {...field('introEn')} />
      <Select
        label={t('surveys:editor.recurrence')}
        data={(['none', 'weekly', 'monthly'] as const).map((r) => ({ value: r, label: t(recurrenceKeys[r]) }))}
        value={recurrence}
        allowDeselect={false}
        onChange={(v) => v && setRecurrence(v as SurveyInputT['recurrence'])}
      />
      <Switch
        label={t('surveys:editor.anonymous')}
        checked={s.anonymous}
        onChange={(e) => setS({ ...s, anonymous: e.currentTarget.checked })}
      />
      <Alert color="gray">{t(s.anonymous ? 'surveys:editor.anonymousHelp' : 'surveys:editor.namedHelp')}</Alert>
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
      <ErrorAlert error={create.error} />
      <Button onClick={save} loading={create.isPending}>
        {t('surveys:editor.save')}
      </Button>
    </Stack>
  );
}
