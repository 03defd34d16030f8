import { AreaChart } from '@mantine/charts';
import { Anchor, Badge, Card, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { type CaptionNetwork, captionNetworkOptions, networkLabel, statusColor, statusLabel } from './labels';
import { type PostStatsT, usePostStats } from './stats-api';

type Figure = PostStatsT['byNetwork'][number];

function Stat({ label, value, help }: { label: string; value: string; help: string }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={label}>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      <Text size="xs" c="gray.7">
        {help}
      </Text>
    </Paper>
  );
}

function Breakdown({ title, rows, name }: { title: string; rows: Figure[]; name: (key: string) => string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('content:stats.empty')}
        </Text>
      ) : (
        <ScrollArea>
          <Table striped miw={320}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{title}</Table.Th>
                <Table.Th ta="right">{t('content:stats.startedShort')}</Table.Th>
                <Table.Th ta="right">{t('content:stats.confirmedShort')}</Table.Th>
                <Table.Th ta="right">{t('content:stats.clicks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{name(r.key)}</Table.Td>
                  <Table.Td ta="right">{f.number(r.started)}</Table.Td>
                  <Table.Td ta="right">{f.number(r.confirmed)}</Table.Td>
                  <Table.Td ta="right">{f.number(r.clicks)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Card>
  );
}

/** /content/:id/stats: what one post achieved — shares started and confirmed, clicks (the proof), where and when. */
export function PostStatsPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const q = usePostStats(id);
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const s = q.data;
  // A copied link is something done, not the "copy text" button the caption list names.
  const network = (key: string) =>
    key === 'copy'
      ? t('content:stats.copied')
      : (captionNetworkOptions as readonly string[]).includes(key)
        ? networkLabel(t, key as CaptionNetwork)
        : key;
  const summary = t('content:stats.seriesSummary', {
    started: f.number(s.totals.started),
    confirmed: f.number(s.totals.confirmed),
    clicks: f.number(s.totals.clicks),
  });
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={`/content/${s.post.id}`} size="sm">
        {t('content:stats.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <div>
          <Title order={2}>{t('content:stats.title', { title: s.post.title })}</Title>
          <Text size="sm" c="gray.7">
            {s.post.publishedAt ? t('content:stats.since', { date: f.date(s.post.publishedAt) }) : null}
            {s.post.campaign
              ? ` · ${t('content:stats.campaign', { campaign: s.post.campaign })}`
              : ` · ${t('content:stats.noCampaign')}`}
          </Text>
        </div>
        <Badge color={statusColor[s.post.status]} size="lg">
          {statusLabel(t, s.post.status)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Stat label={t('content:stats.started')} value={f.number(s.totals.started)} help={t('content:stats.startedHelp')} />
        <Stat label={t('content:stats.confirmed')} value={f.number(s.totals.confirmed)} help={t('content:stats.confirmedHelp')} />
        <Stat label={t('content:stats.clicks')} value={f.number(s.totals.clicks)} help={t('content:stats.clicksHelp')} />
      </SimpleGrid>
      <Card withBorder padding="md">
        <Title order={3} size="h4" mb="sm">
          {t('content:stats.overTime')}
        </Title>
        <div role="img" aria-label={summary}>
          <AreaChart
            h={240}
            data={s.series}
            dataKey="day"
            withLegend
            curveType="linear"
            valueFormatter={(v) => f.number(v)}
            xAxisProps={{ tickFormatter: (d: string) => f.date(d) }}
            yAxisProps={{ allowDecimals: false }}
            series={[
              { name: 'clicks', label: t('content:stats.clicks'), color: 'blue.7' },
              { name: 'started', label: t('content:stats.startedShort'), color: 'teal.7' },
              { name: 'confirmed', label: t('content:stats.confirmedShort'), color: 'grape.7' },
            ]}
          />
        </div>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Breakdown title={t('content:stats.byNetwork')} rows={s.byNetwork} name={network} />
        <Breakdown
          title={t('content:stats.byDepartment')}
          rows={s.byDepartment}
          name={(key) => key || t('content:stats.noDepartment')}
        />
      </SimpleGrid>
    </Stack>
  );
}
