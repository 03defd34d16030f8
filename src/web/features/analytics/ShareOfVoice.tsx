import { BarChart } from '@mantine/charts';
import { Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../../lib/DownloadMenu';
import { useFormat } from '../../lib/format';
import { groupLabel } from './labels';
import type { Overview } from './useOverview';

type Rows = Overview['byNetwork'];

/** Horizontal bars (long department names stay readable on a phone), shares and clicks per group. */
export function ShareOfVoice({ title, rows, csv, csvLabel }: { title: string; rows: Rows; csv: string; csvLabel: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const data = rows.map((r) => ({ group: groupLabel(t, r.key), shares: r.shares, clicks: r.clicks }));
  const summary = rows
    .map((r) => `${groupLabel(t, r.key)}: ${r.pct === null ? t('analytics:none') : f.percent(r.pct)}`)
    .join('; ');
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        <DownloadMenu compact csvHref={csv} label={csvLabel} />
      </Group>
      <Text size="xs" c="gray.7" mt={-6} mb="sm">
        {t('analytics:voice.help')}
      </Text>
      <div role="img" aria-label={summary}>
        <BarChart
          h={Math.max(160, data.length * 44)}
          data={data}
          dataKey="group"
          orientation="vertical"
          withLegend
          valueFormatter={(v) => f.number(v)}
          yAxisProps={{ width: 110 }}
          xAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'shares', label: t('analytics:kpi.shares'), color: 'teal.7' },
            { name: 'clicks', label: t('analytics:kpi.clicks'), color: 'blue.7' },
          ]}
        />
      </div>
    </Card>
  );
}
