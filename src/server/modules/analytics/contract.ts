import { z } from '@hono/zod-openapi';
import { isoDayBetween, REPORT_MAX_DAY, REPORT_MIN_DAY, text } from '../../platform/validation';

/** Report days stay within REPORT_MIN_DAY–REPORT_MAX_DAY: the period arithmetic (to + 1 day) never leaves year 9999. */
const day = isoDayBetween(REPORT_MIN_DAY, REPORT_MAX_DAY);
const facet = text(200, 1).optional();

/** Filters shared by the overview and the CSV exports. `scope=team`: only my team, even if I may see the whole organisation. */
export const OverviewQuery = z.object({
  from: day.optional().openapi({ example: '2026-01-01' }),
  to: day.optional().openapi({ example: '2026-01-31' }),
  department: facet,
  site: facet,
  topic: facet,
  network: facet,
  scope: z.enum(['org', 'team']).optional(),
});
export type OverviewFilters = z.infer<typeof OverviewQuery>;

const count = z.number().int().nonnegative();
const ratio = z.number().nullable();
/** pct: this group's fraction of all shares in the period (share of voice). */
const Breakdown = z.object({ key: z.string(), shares: count, clicks: count, pct: ratio });

export const OverviewSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    scope: z.enum(['org', 'team']),
    kpis: z.object({
      /** Eligible people who shared at least once in the period (the default period is the last 30 days). */
      activeAmbassadors: count,
      eligible: count,
      activeRate: ratio,
      /** Shares started (the network's window opened, or the link was copied) in the period. */
      shares: count,
      /** Of those, the ones the person came back and said they posted. */
      confirmedShares: count,
      clicks: count,
      clicksPerShare: ratio,
      estimatedReach: z.object({ value: z.number(), sharesWithAudience: count }),
      emv: z.object({
        value: z.number(),
        clickValue: z.number(),
        impressionValue: z.number(),
        costPerClick: z.number(),
        cpm: z.number(),
        formula: z.string(),
      }),
      personalisationRate: ratio,
      personalisationThreshold: z.number(),
    }),
    concentration: z.object({ top10Share: ratio, gini: ratio, ambassadors: count }),
    series: z.array(z.object({ day: z.string(), shares: count, clicks: count })),
    topPosts: z.array(z.object({ postId: z.string().uuid(), title: z.string(), shares: count, clicks: count })),
    topAmbassadors: z.array(
      z.object({
        personId: z.string().uuid(),
        name: z.string(),
        department: z.string().nullable(),
        shares: count,
        clicks: count,
      }),
    ),
    shareOfVoice: z.object({ byDepartment: z.array(Breakdown), bySite: z.array(Breakdown) }),
    byNetwork: z.array(Breakdown),
    topics: z.array(z.string()),
  })
  .openapi('AnalyticsOverview');
export type Overview = z.infer<typeof OverviewSchema>;

export const exportTables = [
  'series',
  'top-posts',
  'top-ambassadors',
  'share-of-voice-department',
  'share-of-voice-site',
  'networks',
  'stories',
  'events',
] as const;
export type ExportTable = (typeof exportTables)[number];
/** Tables of the stories and events tab (content-export.ts), not of the advocacy overview. */
export const contentTables = ['stories', 'events'] as const;
export type ContentTable = (typeof contentTables)[number];
/** `<table>.csv` or `<table>.xlsx`. */
export const ExportParams = z.object({
  file: z.enum(exportTables.flatMap((t) => [`${t}.csv`, `${t}.xlsx`] as const) as [`${ExportTable}.csv` | `${ExportTable}.xlsx`]),
});
/** The overview's filters, and the CSV separator (default: ';' for Italian readers, ',' for English ones). */
export const ExportQuery = OverviewQuery.extend({ delimiter: z.enum([',', ';']).optional() });
