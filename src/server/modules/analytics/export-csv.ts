import type { Ctx } from '../../platform/ctx';
import { toCsv } from '../../platform/http/csv';
import { t } from '../../platform/i18n';
import type { ExportTable, Overview, OverviewFilters } from './contract';
import { getOverview } from './get-overview';

type Column = { label: string; value: (row: Record<string, unknown>) => unknown };

const col = (label: string, field: string): Column => ({ label, value: (r) => r[field] });
const pct: Column = {
  label: 'analytics:csv.pct',
  value: (r) => (typeof r.pct === 'number' ? Math.round(r.pct * 10000) / 100 : ''),
};
const breakdownColumns = (keyLabel: string) => [
  col(keyLabel, 'key'),
  col('analytics:csv.shares', 'shares'),
  col('analytics:csv.clicks', 'clicks'),
  pct,
];

/** Each exportable table: where its rows are in the overview and its columns (header = catalogue key). */
const tables: Record<ExportTable, { rows: (o: Overview) => Record<string, unknown>[]; columns: Column[] }> = {
  series: {
    rows: (o) => o.series,
    columns: [col('analytics:csv.day', 'day'), col('analytics:csv.shares', 'shares'), col('analytics:csv.clicks', 'clicks')],
  },
  'top-posts': {
    rows: (o) => o.topPosts,
    columns: [
      col('analytics:csv.postId', 'postId'),
      col('analytics:csv.title', 'title'),
      col('analytics:csv.shares', 'shares'),
      col('analytics:csv.clicks', 'clicks'),
    ],
  },
  'top-ambassadors': {
    rows: (o) => o.topAmbassadors,
    columns: [
      col('analytics:csv.personId', 'personId'),
      col('analytics:csv.name', 'name'),
      col('analytics:csv.department', 'department'),
      col('analytics:csv.shares', 'shares'),
      col('analytics:csv.clicks', 'clicks'),
    ],
  },
  'share-of-voice-department': {
    rows: (o) => o.shareOfVoice.byDepartment,
    columns: breakdownColumns('analytics:csv.department'),
  },
  'share-of-voice-site': { rows: (o) => o.shareOfVoice.bySite, columns: breakdownColumns('analytics:csv.site') },
  networks: { rows: (o) => o.byNetwork, columns: breakdownColumns('analytics:csv.network') },
};

/** One dashboard table as CSV: localised headers, UTF-8 with a BOM so spreadsheet programs read accents right. */
export async function exportCsv({ ctx, input }: { ctx: Ctx; input: OverviewFilters & { table: ExportTable } }) {
  const overview = await getOverview({ ctx, input });
  const { rows, columns } = tables[input.table];
  const notSet = t(ctx.locale, 'analytics:csv.notSet');
  const data = rows(overview).map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      return v === '' && c.label !== 'analytics:csv.pct' ? notSet : (v ?? notSet);
    }),
  );
  const body = toCsv(
    columns.map((c) => t(ctx.locale, c.label)),
    data,
  );
  return { filename: `${input.table}_${overview.period.from}_${overview.period.to}.csv`, body };
}
