import { Anchor, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementT } from '../../../server/modules/engagement/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { api } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';

/** The internal marketing dashboard: the seed's listening metrics on one page, by department and site. */
export function EngagementPage() {
  return (
    <RequirePermission permission="listening.read">
      <Dashboard />
    </RequirePermission>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [months, setMonths] = useState('6');
  const q = useQuery({
    queryKey: ['engagement', months],
    queryFn: () => api.get<EngagementT>(`/api/engagement?months=${months}`),
  });
  const pct = (v: number | null) => (v === null ? '—' : fmt.percent(v, 0));
  const num = (v: number | null, d = 0) => (v === null ? '—' : fmt.number(v, d));
  const d = q.data;
  const kpis = d
    ? [
        { key: 'engagement:kpi.newsReadRate', value: pct(d.kpis.newsReadRate) },
        { key: 'engagement:kpi.mustReadAckRate', value: pct(d.kpis.mustReadAckRate) },
        { key: 'engagement:kpi.surveyParticipation', value: pct(d.kpis.surveyParticipation) },
        { key: 'engagement:kpi.enps', value: num(d.kpis.enps) },
        { key: 'engagement:kpi.suggestionsReceived', value: num(d.kpis.suggestionsReceived) },
        { key: 'engagement:kpi.suggestionsAnsweredShare', value: pct(d.kpis.suggestionsAnsweredShare) },
        { key: 'engagement:kpi.daysToFirstReply', value: num(d.kpis.daysToFirstReply, 1) },
        { key: 'engagement:kpi.suggestionsDone', value: num(d.kpis.suggestionsDone) },
        { key: 'engagement:kpi.onboardingStepsDone', value: pct(d.kpis.onboardingStepsDone) },
        { key: 'engagement:kpi.onboardingOverdue', value: num(d.kpis.onboardingOverdue) },
        { key: 'engagement:kpi.activeAmbassadors', value: num(d.kpis.activeAmbassadors) },
        { key: 'engagement:kpi.shares', value: num(d.kpis.shares) },
      ]
    : [];
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={2}>{t('engagement:title')}</Title>
      <SegmentedControl
        value={months}
        onChange={setMonths}
        aria-label={t('engagement:period')}
        data={['3', '6', '12'].map((m) => ({ value: m, label: t('engagement:months', { count: Number(m) }) }))}
      />
      {q.isLoading && <Loading />}
      <ErrorAlert error={q.error} />
      {d && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {kpis.map((k) => (
              <Paper key={k.key} withBorder p="xs">
                <Text size="xs" c="gray.7">
                  {t(k.key)}
                </Text>
                <Text fw={700} size="lg">
                  {k.value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('engagement:rounds')}
          </Title>
          <Table horizontalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('engagement:round')}</Table.Th>
                <Table.Th ta="right">{t('engagement:short.participation')}</Table.Th>
                <Table.Th ta="right">{t('engagement:kpi.enps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.rounds.map((r) => (
                <Table.Tr key={`${r.title}-${r.seq}`}>
                  <Table.Td>{`${r.title} · ${fmt.date(r.opensAt)}`}</Table.Td>
                  <Table.Td ta="right">{pct(r.participation)}</Table.Td>
                  <Table.Td ta="right">{num(r.enps)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {(['byDepartment', 'bySite'] as const).map((dim) => (
            <Stack key={dim} gap={4}>
              <Title order={3} size="h5">
                {t(dim === 'byDepartment' ? 'engagement:byDepartment' : 'engagement:bySite')}
              </Title>
              <Table horizontalSpacing={6} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('engagement:group')}</Table.Th>
                    <Table.Th ta="right">{t('engagement:short.read')}</Table.Th>
                    <Table.Th ta="right">{t('engagement:short.ack')}</Table.Th>
                    <Table.Th ta="right">{t('engagement:short.surveys')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d[dim].map((g) => (
                    <Table.Tr key={g.value ?? '-'}>
                      <Table.Td>{g.value ?? t('engagement:notStated')}</Table.Td>
                      <Table.Td ta="right">{pct(g.newsReadRate)}</Table.Td>
                      <Table.Td ta="right">{pct(g.ackRate)}</Table.Td>
                      <Table.Td ta="right">{pct(g.surveyParticipation)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
          <Text size="xs" c="gray.7">
            {t('engagement:threshold', { k: d.k })}
          </Text>
          <Anchor href={`/api/engagement.csv?months=${months}`} download>
            {t('engagement:csv')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
