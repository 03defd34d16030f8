import { Button, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import type { ApplicationStatusT } from './api';
import { useDashboard } from './api';
import { applicationStatusLabel } from './labels';
import { ValangaAlerts } from './ValangaAlerts';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}

/** The programme at a glance: entry, readiness, coverage, retention, activity and concentration; the members as CSV. */
export function DashboardPanel({ programmeId, manage }: { programmeId: string; manage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dash = useDashboard(programmeId);
  const d = dash.data;
  if (dash.isLoading) return <Loading />;
  const pct = (n: number | null) => (n === null ? '—' : fmt.percent(n));
  return (
    <Stack gap="md">
      <ErrorAlert error={dash.error} />
      {d?.team && (
        <Text size="sm" c="gray.7">
          {t('ambassadors:dashboard.team')}
        </Text>
      )}
      {d && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Stat label={t('ambassadors:dashboard.active')} value={fmt.number(d.activeMembers)} />
            <Stat label={t('ambassadors:dashboard.ready')} value={fmt.number(d.readyMembers)} />
            <Stat label={t('ambassadors:dashboard.acceptance')} value={pct(d.acceptanceRate)} />
            <Stat label={t('ambassadors:dashboard.concentration')} value={pct(d.concentration.topMemberShare)} />
            <Stat label={t('ambassadors:dashboard.shares30')} value={fmt.number(d.activity.shares30)} />
            <Stat label={t('ambassadors:dashboard.clicks30')} value={fmt.number(d.activity.clicks30)} />
            <Stat label={t('ambassadors:dashboard.sharing30')} value={fmt.number(d.activity.sharingMembers30)} />
          </SimpleGrid>
          <Text size="sm">
            {t('ambassadors:dashboard.applications')}{' '}
            {Object.entries(d.applications)
              .map(([s, n]) => `${applicationStatusLabel(t, s as ApplicationStatusT)}: ${n}`)
              .join(' · ') || '—'}
          </Text>
          {d.concentration.trend.length > 0 && (
            <Text size="sm">
              {t('ambassadors:dashboard.trend')}{' '}
              {d.concentration.trend.map((p) => `${fmt.date(p.until)} ${pct(p.topMemberShare)}`).join(' → ')}
            </Text>
          )}
          <Title order={3} size="h5">
            {t('ambassadors:dashboard.coverage')}
          </Title>
          {[
            { title: t('ambassadors:rotation.families'), rows: d.coverage.families },
            { title: t('ambassadors:rotation.sites'), rows: d.coverage.sites },
          ].map((g) => (
            <Table key={g.title} striped aria-label={g.title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{g.title}</Table.Th>
                  <Table.Th ta="right">{t('ambassadors:dashboard.members')}</Table.Th>
                  <Table.Th ta="right">{t('ambassadors:rotation.eligible')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.rows.map((r) => (
                  <Table.Tr key={r.name}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right">{r.members}</Table.Td>
                    <Table.Td ta="right">{r.eligible}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
          {d.retention.length > 0 && (
            <Text size="sm">
              {t('ambassadors:dashboard.retention')}{' '}
              {d.retention
                .map((r) =>
                  t('ambassadors:dashboard.retentionItem', { cohort: r.cohort, still: r.stillSharing, members: r.members }),
                )
                .join(' · ')}
            </Text>
          )}
        </>
      )}
      <Button
        component="a"
        href={`/api/programmes/${programmeId}/members.csv`}
        download
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('ambassadors:dashboard.export')}
      </Button>
      {manage && <ValangaAlerts programmeId={programmeId} />}
    </Stack>
  );
}
