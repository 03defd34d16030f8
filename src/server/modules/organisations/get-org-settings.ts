import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { type OrganisationSettings, organisations } from './schema';

export type ResolvedSettings = Required<
  Pick<OrganisationSettings, 'blockedWords' | 'approvalRequired' | 'costPerClick' | 'cpm' | 'anonymityThreshold' | 'timeZone'>
> &
  Pick<OrganisationSettings, 'disclosure'> & { name: string; defaultLocale: string };

/**
 * Defaults used until an admin sets them: EMV at €0.80 per click and €12 CPM (typical paid-social rates); survey
 * groups of at least 5 respondents (the usual reporting minimum of engagement surveys); Italian clocks.
 */
export const DEFAULT_SETTINGS = {
  blockedWords: [],
  approvalRequired: false,
  costPerClick: 0.8,
  cpm: 12,
  anonymityThreshold: 5,
  timeZone: 'Europe/Rome',
} as const;

/** The caller's organisation settings with defaults filled in (any member may read them: sharing needs the rules). */
export async function getOrgSettings({ ctx }: { ctx: Ctx; input?: undefined }): Promise<ResolvedSettings> {
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, ctx.orgId));
  if (!org) throw notFound();
  return {
    ...DEFAULT_SETTINGS,
    blockedWords: [...(org.settings.blockedWords ?? [])],
    ...Object.fromEntries(Object.entries(org.settings).filter(([, v]) => v !== undefined)),
    name: org.name,
    defaultLocale: org.defaultLocale,
  };
}
