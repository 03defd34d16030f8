import type { Ctx } from '../../platform/ctx';
import type { Cell, CellType, Sheet } from '../../platform/http/spreadsheet';
import { t } from '../../platform/i18n';
import { contentExport } from './content-export';
import { type ContentTable, contentTables, type ExportTable, type Overview, type OverviewFilters } from './contract';
import { cachedOverview } from './overview-cache';

type Column = { label: string; type: CellType; value: (row: Record<string, unknown>) => unknown };

const col = (label: string, field: string, type: CellType = 'text'): Column => ({ label, type, value: (r) => r[field] });
const count = (label: string, field: string) => col(label, field, 'number');
/** The group's fraction of all shares: a percentage cell in XLSX, percent points in CSV. */
const pct: Column = { label: 'analytics:csv.pct', type: 'percent', value: (r) => (typeof r.pct === 'number' ? r.pct : null) };
const breakdownColumns = (keyLabel: string) => [
  col(keyLabel, 'key'),
  count('analytics:csv.shares', 'shares'),
  count('analytics:csv.clicks', 'clicks'),
  pct,
];

/** Each exportable table: where its rows are in the overview and its columns (header = catalogue key). */
const tables: Record<
  Exclude<ExportTable, ContentTable>,
  { rows: (o: Overview) => Record<string, unknown>[]; columns: Column[] }
> = {
  series: {
    rows: (o) => o.series,
    columns: [
      col('analytics:csv.day', 'day', 'day'),
      count('analytics:csv.shares', 'shares'),
      count('analytics:csv.clicks', 'clicks'),
    ],
  },
  'top-posts': {
    rows: (o) => o.topPosts,
    columns: [
      col('analytics:csv.postId', 'postId'),
      col('analytics:csv.title', 'title'),
      count('analytics:csv.shares', 'shares'),
      count('analytics:csv.clicks', 'clicks'),
    ],
  },
  'top-ambassadors': {
    rows: (o) => o.topAmbassadors,
    columns: [
      col('analytics:csv.personId', 'personId'),
      col('analytics:csv.name', 'name'),
      col('analytics:csv.department', 'department'),
      count('analytics:csv.shares', 'shares'),
      count('analytics:csv.clicks', 'clicks'),
    ],
  },
  'share-of-voice-department': {
    rows: (o) => o.shareOfVoice.byDepartment,
    columns: breakdownColumns('analytics:csv.department'),
  },
  'share-of-voice-site': { rows: (o) => o.shareOfVoice.bySite, columns: breakdownColumns('analytics:csv.site') },
  networks: { rows: (o) => o.byNetwork, columns: breakdownColumns('analytics:csv.network') },
};

/**
 * One dashboard table as a sheet (sent as CSV or XLSX): localised headers, typed cells, and "(not set)" where a
 * person or group has no department or site.
 */
export async function exportTable({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: OverviewFilters & { table: ExportTable };
}): Promise<{ basename: string; sheet: Sheet }> {
  const table = input.table;
  if ((contentTables as readonly string[]).includes(table))
    return contentExport({ ctx, input: { ...input, table: table as ContentTable } });
  // The overview the dashboard has just computed for this view (not recomputed per exported table).
  const overview = await cachedOverview({ ctx, input });
  const { rows, columns } = tables[table as Exclude<ExportTable, ContentTable>];
  const notSet = t(ctx.locale, 'analytics:csv.notSet');
  const data = rows(overview).map((r) =>
    columns.map((c): Cell => {
      const v = c.value(r);
      if (typeof v === 'number') return v;
      if (c.type === 'percent') return null;
      return typeof v === 'string' && v !== '' ? v : notSet;
    }),
  );
  return {
    basename: `${input.table}_${overview.period.from}_${overview.period.to}`,
    sheet: { name: input.table, columns: columns.map((c) => ({ header: t(ctx.locale, c.label), type: c.type })), rows: data },
  };
}
