import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { DataTable } from './DataTable';
import { groupLabel, networkLabel } from './labels';
import type { Overview } from './useOverview';

type Csv = (table: 'top-posts' | 'top-ambassadors' | 'networks') => string;

/** Top posts, top ambassadors (opt-outs left out by the server) and the figures by network. */
export function Rankings({ o, csv }: { o: Overview; csv: Csv }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shares = { label: t('analytics:tables.shares'), numeric: true, cell: (r: { shares: number }) => f.number(r.shares) };
  const clicks = { label: t('analytics:tables.clicks'), numeric: true, cell: (r: { clicks: number }) => f.number(r.clicks) };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <DataTable
        title={t('analytics:tables.posts')}
        rows={o.topPosts}
        rowKey={(r) => r.postId}
        csv={csv('top-posts')}
        csvLabel={t('analytics:csv.posts')}
        columns={[{ label: t('analytics:tables.post'), cell: (r) => r.title }, shares, clicks]}
      />
      <DataTable
        title={t('analytics:tables.ambassadors')}
        note={t('analytics:tables.ambassadorsNote')}
        rows={o.topAmbassadors}
        rowKey={(r) => r.personId}
        csv={csv('top-ambassadors')}
        csvLabel={t('analytics:csv.ambassadors')}
        columns={[
          { label: t('analytics:tables.name'), cell: (r) => r.name },
          { label: t('analytics:tables.department'), cell: (r) => groupLabel(t, r.department ?? '') },
          shares,
          clicks,
        ]}
      />
      <DataTable
        title={t('analytics:tables.networks')}
        rows={o.byNetwork}
        rowKey={(r) => r.key}
        csv={csv('networks')}
        csvLabel={t('analytics:csv.networks')}
        columns={[
          { label: t('analytics:tables.network'), cell: (r) => networkLabel(t, r.key) },
          shares,
          clicks,
          {
            label: t('analytics:tables.pct'),
            numeric: true,
            cell: (r) => (r.pct === null ? t('analytics:none') : f.percent(r.pct)),
          },
        ]}
      />
    </SimpleGrid>
  );
}
