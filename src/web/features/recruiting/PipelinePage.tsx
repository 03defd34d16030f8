import { Select, Stack, Switch, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { ApplicationCard } from './ApplicationCard';
import { useApplications, useJobs } from './api';

/** The candidates, newest first (or the shortlist by combined score), one card each: stage, blind review, outcome. */
export function PipelinePage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <Pipeline />
    </RequirePermission>
  );
}

function Pipeline() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const [shortlist, setShortlist] = useState(false);
  const jobs = useJobs();
  const list = useApplications(jobId);
  const rows = (list.data?.applications ?? [])
    .filter((a) => !shortlist || a.shortlisted)
    .sort((a, b) => (shortlist ? (b.score ?? 0) - (a.score ?? 0) : 0));
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={2}>{t('recruiting:pipeline.title')}</Title>
      <Select
        label={t('recruiting:pipeline.job')}
        placeholder={t('recruiting:pipeline.allJobs')}
        clearable
        data={(jobs.data?.jobs ?? []).map((j) => ({ value: j.id, label: i18n.language === 'en' ? j.titleEn : j.titleIt }))}
        value={jobId}
        onChange={(v) => setParams(v ? { job: v } : {})}
      />
      <Switch
        label={t('recruiting:pipeline.shortlistOnly')}
        checked={shortlist}
        onChange={(e) => setShortlist(e.currentTarget.checked)}
      />
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data && rows.length === 0 && (
        <EmptyState icon={<IconUsersGroup size={24} aria-hidden />} title={t('recruiting:pipeline.empty')} />
      )}
      {rows.map((a) => (
        <ApplicationCard key={a.id} app={a} />
      ))}
    </Stack>
  );
}
