import type { Ctx } from '../../platform/ctx';
import { toCsv } from '../../platform/http/csv';
import { t } from '../../platform/i18n';
import { getEngagement } from './get-dashboard';

/** The dashboard as CSV: one row per figure (section, group, metric, value), with the same suppression as the page. */
export async function exportEngagement({ ctx, input }: { ctx: Ctx; input: { months: number } }) {
  const d = await getEngagement({ ctx, input });
  const l = (k: string) => t(ctx.locale, `engagement:${k}`);
  const rows: unknown[][] = [];
  for (const [metric, value] of Object.entries(d.kpis))
    rows.push([l('csv.kpis'), `${d.period.from} – ${d.period.to}`, metric, value ?? '']);
  for (const r of d.rounds) {
    rows.push([l('csv.rounds'), `${r.title} #${r.seq}`, 'participation', r.participation ?? '']);
    rows.push([l('csv.rounds'), `${r.title} #${r.seq}`, 'enps', r.enps ?? '']);
  }
  for (const m of d.monthly)
    rows.push([l('csv.monthly'), m.month, 'suggestions', m.suggestions], [l('csv.monthly'), m.month, 'answered', m.answered]);
  for (const [section, groups] of [
    [l('csv.department'), d.byDepartment],
    [l('csv.site'), d.bySite],
  ] as const)
    for (const g of groups)
      for (const metric of ['newsReadRate', 'ackRate', 'surveyParticipation'] as const)
        rows.push([section, g.value ?? l('csv.not_stated'), metric, g[metric] ?? '']);
  return toCsv([l('csv.section'), l('csv.group'), l('csv.metric'), l('csv.value')], rows);
}
