import { Select, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useFunnel, useJobs } from './api';
import { pipelineStages, sourceKeys, stageKeys } from './labels';
import { ReferralsPanel } from './ReferralsPanel';

/** Where candidates come from and how far they get: by source, by job, days in each stage, each referrer's conversion. */
export function FunnelPage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <FunnelView />
    </RequirePermission>
  );
}

function FunnelView() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [jobId, setJobId] = useState<string | null>(null);
  const jobs = useJobs();
  const f = useFunnel(jobId);
  const head = (
    <Table.Tr>
      <Table.Th />
      <Table.Th>{t('recruiting:funnel.total')}</Table.Th>
      {pipelineStages.slice(1).map((s) => (
        <Table.Th key={s}>{t(stageKeys[s])}</Table.Th>
      ))}
    </Table.Tr>
  );
  const row = (label: string, total: number, reached: Record<string, number>) => (
    <Table.Tr key={label}>
      <Table.Td>{label}</Table.Td>
      <Table.Td>{total}</Table.Td>
      {pipelineStages.slice(1).map((s) => (
        <Table.Td key={s}>
          {reached[s]}
          {total > 0 ? ` (${fmt.percent(reached[s] / total, 0)})` : ''}
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={2}>{t('recruiting:funnel.title')}</Title>
      <Select
        label={t('recruiting:pipeline.job')}
        placeholder={t('recruiting:pipeline.allJobs')}
        clearable
        data={(jobs.data?.jobs ?? []).map((j) => ({ value: j.id, label: i18n.language === 'en' ? j.titleEn : j.titleIt }))}
        value={jobId}
        onChange={setJobId}
      />
      {f.isLoading && <Loading />}
      <ErrorAlert error={f.error} />
      {f.data && (
        <>
          <Title order={3}>{t('recruiting:funnel.bySource')}</Title>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>{head}</Table.Thead>
              <Table.Tbody>{f.data.bySource.map((s) => row(t(sourceKeys[s.source]), s.total, s.reached))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={3}>{t('recruiting:funnel.byJob')}</Title>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>{head}</Table.Thead>
              <Table.Tbody>{f.data.byJob.map((j) => row(j.title, j.total, j.reached))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={3}>{t('recruiting:funnel.daysInStage')}</Title>
          <Table>
            <Table.Tbody>
              {f.data.daysInStage
                .filter((d) => d.days !== null)
                .map((d) => (
                  <Table.Tr key={d.stage}>
                    <Table.Td>{t(stageKeys[d.stage])}</Table.Td>
                    <Table.Td>{t('recruiting:funnel.days', { count: d.days ?? 0, n: fmt.number(d.days ?? 0, 1) })}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
          <Title order={3}>{t('recruiting:funnel.referrers')}</Title>
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('recruiting:funnel.referrer')}</Table.Th>
                  <Table.Th>{t('recruiting:funnel.total')}</Table.Th>
                  <Table.Th>{t(stageKeys.interview)}</Table.Th>
                  <Table.Th>{t(stageKeys.hired)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.data.referrers.map((r) => (
                  <Table.Tr key={r.name}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.applications}</Table.Td>
                    <Table.Td>{r.interviews}</Table.Td>
                    <Table.Td>{r.hires}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <ReferralsPanel />
    </Stack>
  );
}
