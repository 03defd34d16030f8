import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { useCreateProgramme, useProgramme, useUpdateProgramme } from './api';
import { ProgrammeFields } from './ProgrammeFields';
import { bodyOf, emptyProgramme, formOf, type ProgrammeForm } from './programme-form';
import { QuizEditor } from './QuizEditor';
import { RubricEditor } from './RubricEditor';

/** Creating or editing a programme: purpose, eligibility, seats and term, the screening rubric and the quiz. */
export function ProgrammeEditorPage() {
  return (
    <RequirePermission permission="programme.manage">
      <Editor />
    </RequirePermission>
  );
}

function Editor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const existing = useProgramme(id);
  const create = useCreateProgramme();
  const update = useUpdateProgramme(id);
  const [form, setForm] = useState<ProgrammeForm>(emptyProgramme);
  useEffect(() => {
    if (existing.data) setForm(formOf(existing.data));
  }, [existing.data]);
  if (id && existing.isLoading) return <Loading />;
  const set = (patch: Partial<ProgrammeForm>) => setForm((f) => ({ ...f, ...patch }));
  const save = () => {
    const { firstTermStartsOn, ...patch } = bodyOf(form);
    if (id) update.mutate(patch, { onSuccess: () => navigate(`/programmes/${id}`) });
    else create.mutate({ ...patch, firstTermStartsOn }, { onSuccess: (p) => navigate(`/programmes/${p.id}`) });
  };
  const pending = create.isPending || update.isPending;
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{id ? t('ambassadors:editor.editTitle') : t('ambassadors:editor.newTitle')}</Title>
      <ErrorAlert error={existing.error} />
      <ProgrammeFields form={form} set={set} isNew={!id} />
      <RubricEditor rubric={form.rubric} onChange={(rubric) => set({ rubric })} />
      <QuizEditor quiz={form.quiz} onChange={(quiz) => set({ quiz })} />
      <ErrorAlert error={create.error ?? update.error} />
      <Group>
        <Button onClick={save} loading={pending} disabled={!form.name.trim()}>
          {id ? t('ambassadors:editor.save') : t('ambassadors:editor.create')}
        </Button>
        <Button variant="default" onClick={() => navigate(id ? `/programmes/${id}` : '/programmes')}>
          {t('ambassadors:editor.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
