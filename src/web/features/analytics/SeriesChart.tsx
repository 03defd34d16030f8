import { AreaChart } from '@mantine/charts';
import { Card, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../../lib/DownloadMenu';
import { useFormat } from '../../lib/format';
import type { Overview } from './useOverview';

/** Daily shares and clicks; the chart is described in words for screen readers and downloadable as CSV. */
export function SeriesChart({ o, csv }: { o: Overview; csv: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const summary = t('analytics:series.summary', {
    shares: f.number(o.kpis.shares),
    clicks: f.number(o.kpis.clicks),
    from: f.date(o.period.from),
    to: f.date(o.period.to),
  });
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('analytics:series.title')}
        </Title>
        <DownloadMenu compact csvHref={csv} label={t('analytics:csv.series')} />
      </Group>
      <div role="img" aria-label={summary}>
        <AreaChart
          h={260}
          data={o.series}
          dataKey="day"
          withLegend
          curveType="linear"
          valueFormatter={(v) => f.number(v)}
          xAxisProps={{ tickFormatter: (d: string) => f.date(d) }}
          // Counts are whole numbers: no 0.5 ticks rounded into "0, 0, 1, 1".
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'clicks', label: t('analytics:kpi.clicks'), color: 'blue.7' },
            { name: 'shares', label: t('analytics:kpi.shares'), color: 'teal.7' },
          ]}
        />
      </div>
    </Card>
  );
}
