import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { SettingsT } from './contract';
import { trainingSettings } from './schema';

/** ATD, State of the Industry 2015 (seed 000): 32.4 hours and USD 1,229 per employee in 2014. */
export const ATD_BENCHMARK: SettingsT = { currency: 'EUR', benchmarkHours: 32.4, benchmarkSpend: 1229, benchmarkCurrency: 'USD' };

/** The organisation's training settings, or the defaults until someone saves them. */
export async function getTrainingSettings(ctx: Ctx): Promise<SettingsT> {
  const [row] = await ctx.db.select().from(trainingSettings).where(eq(trainingSettings.orgId, ctx.orgId));
  if (!row) return ATD_BENCHMARK;
  return {
    currency: row.currency,
    benchmarkHours: row.benchmarkHours,
    benchmarkSpend: row.benchmarkSpend,
    benchmarkCurrency: row.benchmarkCurrency,
  };
}
