import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { type ContractTypeT, type JobFieldsT, type JobT, useJob, useJobActions } from './api';
import { FaqEditor } from './FaqEditor';
import { contractKeys, toHtml, toText } from './labels';
import { PhotosField } from './PhotosField';

type Form = Omit<JobFieldsT, 'descriptionIt' | 'descriptionEn' | 'requirementsIt' | 'requirementsEn' | 'managerMessage'> & {
  descriptionIt: string;
  descriptionEn: string;
  requirementsIt: string;
  requirementsEn: string;
  managerMessage: string;
};

const inMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const empty: Form = {
  titleIt: '',
  titleEn: '',
  department: '',
  site: '',
  locality: '',
  country: 'IT',
  contractType: 'permanent',
  descriptionIt: '',
  descriptionEn: '',
  requirementsIt: '',
  requirementsEn: '',
  salaryMin: null,
  salaryMax: null,
  closesOn: inMonth(),
  faq: [],
  managerMessage: '',
  photos: [],
};

const fromJob = (j: JobT): Form => ({
  ...j,
  descriptionIt: toText(j.descriptionIt),
  descriptionEn: toText(j.descriptionEn),
  requirementsIt: toText(j.requirementsIt),
  requirementsEn: toText(j.requirementsEn),
  managerMessage: j.managerMessage ?? '',
});

export function JobEditorPage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <JobEditor />
    </RequirePermission>
  );
}

function JobEditor() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const job = useJob(id);
  const { save } = useJobActions();
  const [f, setF] = useState<Form>(empty);
  useEffect(() => {
    if (job.data) setF(fromJob(job.data));
  }, [job.data]);
  if (id && job.isLoading) return <Loading />;
  const set =
    <K extends keyof Form>(k: K) =>
    (v: Form[K]) =>
      setF((x) => ({ ...x, [k]: v }));
  const text = (k: keyof Form, label: string, multiline = false) =>
    multiline ? (
      <Textarea
        label={t(label)}
        autosize
        minRows={3}
        value={String(f[k] ?? '')}
        onChange={(e) => set(k)(e.currentTarget.value as never)}
      />
    ) : (
      <TextInput label={t(label)} required value={String(f[k] ?? '')} onChange={(e) => set(k)(e.currentTarget.value as never)} />
    );
  const submit = () =>
    save.mutate(
      {
        id,
        input: {
          ...f,
          descriptionIt: toHtml(f.descriptionIt),
          descriptionEn: toHtml(f.descriptionEn),
          requirementsIt: toHtml(f.requirementsIt),
          requirementsEn: toHtml(f.requirementsEn),
          managerMessage: f.managerMessage.trim() || null,
        },
      },
      { onSuccess: () => navigate('/recruiting/jobs') },
    );
  return (
    <Stack maw={760} mx="auto" gap="sm">
      <Title order={2}>{t(id ? 'recruiting:editor.editTitle' : 'recruiting:editor.newTitle')}</Title>
      <ErrorAlert error={job.error ?? save.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('titleIt', 'recruiting:editor.titleIt')}
        {text('titleEn', 'recruiting:editor.titleEn')}
        {text('department', 'recruiting:editor.department')}
        {text('site', 'recruiting:editor.site')}
        {text('locality', 'recruiting:editor.locality')}
        <Select
          label={t('recruiting:editor.contractType')}
          data={(Object.keys(contractKeys) as ContractTypeT[]).map((c) => ({ value: c, label: t(contractKeys[c]) }))}
          value={f.contractType}
          allowDeselect={false}
          onChange={(v) => v && set('contractType')(v as ContractTypeT)}
        />
        <NumberInput
          label={t('recruiting:editor.salaryMin')}
          min={0}
          value={f.salaryMin ?? ''}
          onChange={(v) => set('salaryMin')(typeof v === 'number' ? v : null)}
        />
        <NumberInput
          label={t('recruiting:editor.salaryMax')}
          min={0}
          value={f.salaryMax ?? ''}
          onChange={(v) => set('salaryMax')(typeof v === 'number' ? v : null)}
        />
        <TextInput
          type="date"
          label={t('recruiting:editor.closesOn')}
          required
          value={f.closesOn}
          onChange={(e) => set('closesOn')(e.currentTarget.value)}
        />
      </SimpleGrid>
      {text('descriptionIt', 'recruiting:editor.descriptionIt', true)}
      {text('descriptionEn', 'recruiting:editor.descriptionEn', true)}
      {text('requirementsIt', 'recruiting:editor.requirementsIt', true)}
      {text('requirementsEn', 'recruiting:editor.requirementsEn', true)}
      {text('managerMessage', 'recruiting:editor.managerMessage', true)}
      <FaqEditor value={f.faq} onChange={set('faq')} />
      <PhotosField value={f.photos} onChange={set('photos')} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={save.isPending}>
          {t('recruiting:editor.save')}
        </Button>
      </Group>
    </Stack>
  );
}
