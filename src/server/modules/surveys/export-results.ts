import type { Ctx } from '../../platform/ctx';
import { toCsv } from '../../platform/http/csv';
import { t } from '../../platform/i18n';
import type { ResultsQueryT } from './contract';
import { getResults } from './get-results';

/** Why no figures are in the file, by the status of the results. */
const NOT_SHOWN = { no_round: 'csv.no_round', open: 'csv.open', too_few: 'csv.below_threshold' } as const;

/**
 * The results as CSV, built from exactly what the results page shows (same group, same suppression): a group the
 * page hides is not in the file either.
 */
export async function exportResults({ ctx, input }: { ctx: Ctx; input: ResultsQueryT & { id: string } }) {
  const r = await getResults({ ctx, input });
  const l = ctx.locale;
  const label = (k: string) => t(l, `surveys:${k}`);
  const rows: unknown[][] = [];
  if (r.status === 'shown') {
    for (const q of r.questions) {
      const score = q.enps ?? q.mean ?? '';
      rows.push([label('csv.all'), r.n, q.text, '', '', score, q.n]);
      const options =
        q.kind === 'enps' ? q.counts.map((_, i) => String(i)) : q.kind === 'scale' ? ['1', '2', '3', '4', '5'] : q.choices;
      q.counts.forEach((c, i) => {
        rows.push([label('csv.all'), r.n, q.text, options[i] ?? '', c, '', '']);
      });
      for (const text of q.texts) rows.push([label('csv.all'), r.n, q.text, text, '', '', '']);
    }
    for (const g of r.breakdown?.groups ?? []) {
      const name = g.shown ? (g.value ?? label('csv.not_stated')) : label('csv.hidden');
      for (const q of r.questions)
        if (q.id in g.scores || !g.shown) rows.push([name, g.n ?? '', q.text, '', '', g.scores[q.id] ?? '', '']);
    }
  } else rows.push([label(NOT_SHOWN[r.status]), '', '', '', '', '', '']);
  const fields = ['csv.group', 'csv.respondents', 'csv.question', 'csv.answer', 'csv.count', 'csv.score', 'csv.answered'].map(
    label,
  );
  return toCsv(fields, rows);
}
