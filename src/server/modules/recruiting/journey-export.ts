import type { Ctx } from '../../platform/ctx';
import { delimiterFor, type Sheet, sheetToCsv } from '../../platform/http/spreadsheet';
import { type Locale, t } from '../../platform/i18n';
import { journey } from './journey';
import type { JourneyStepT, JourneyT } from './journey-contract';

/**
 * The journey as one table for a spreadsheet: a row per view (all, each job family, each month) and step, with the
 * count and the conversion from the step before. Aggregates only: no candidate's name.
 */
// Literal keys (the catalogue check finds them in the code).
const stepKeys: Record<JourneyStepT, string> = {
  views: 'recruiting:journey.steps.views',
  applied: 'recruiting:journey.steps.applied',
  interview: 'recruiting:journey.steps.interview',
  offer: 'recruiting:journey.steps.offer',
  hired: 'recruiting:journey.steps.hired',
  onboarded: 'recruiting:journey.steps.onboarded',
  advocates: 'recruiting:journey.steps.advocates',
};

export function journeySheet(j: JourneyT, locale: Locale): Sheet {
  const tr = (key: string) => t(locale, key);
  const rows = [
    ...j.steps.map((s) => [tr('recruiting:journey.all'), '', tr(stepKeys[s.step]), s.count, s.conversion]),
    ...j.byFamily.flatMap((f) =>
      f.steps.map((s) => [tr('recruiting:journey.family'), f.family, tr(stepKeys[s.step]), s.count, s.conversion]),
    ),
    ...j.byMonth.flatMap((m) =>
      m.steps.map((s) => [tr('recruiting:journey.month'), m.month, tr(stepKeys[s.step]), s.count, s.conversion]),
    ),
  ];
  return {
    name: tr('recruiting:journey.title'),
    columns: [
      { header: tr('recruiting:journey.columns.view'), type: 'text' },
      { header: tr('recruiting:journey.columns.group'), type: 'text' },
      { header: tr('recruiting:journey.columns.step'), type: 'text' },
      { header: tr('recruiting:journey.columns.count'), type: 'number' },
      { header: tr('recruiting:journey.columns.conversion'), type: 'percent' },
    ],
    rows,
  };
}

/** CSV with the separator the reader's spreadsheet expects (';' in Italian). */
export async function exportJourney({ ctx, input }: { ctx: Ctx; input: { months: number } }): Promise<string> {
  return sheetToCsv(journeySheet(await journey({ ctx, input }), ctx.locale), delimiterFor(ctx.locale));
}
