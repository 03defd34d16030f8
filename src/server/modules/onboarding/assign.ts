import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { type AudienceMember, listAudience } from '../people';
import { onboardingJourneys, onboardingTemplates } from './schema';

/** Journeys start for people hired up to this many days ago (or hired in the future): older hires are not new. */
export const NEW_HIRE_DAYS = 90;
const BUDDY_MIN_DAYS = 180;

type Template = typeof onboardingTemplates.$inferSelect;

/** The most specific active template matching the person (department, site, language), oldest first on a tie. */
export function matchTemplate(templates: Template[], p: Pick<AudienceMember, 'department' | 'site' | 'locale'>): Template | null {
  const fits = templates.filter(
    (t) =>
      t.active &&
      (t.departments.length === 0 || (!!p.department && t.departments.includes(p.department))) &&
      (t.sites.length === 0 || (!!p.site && t.sites.includes(p.site))) &&
      (!t.locale || t.locale === p.locale),
  );
  const score = (t: Template) => Number(t.departments.length > 0) * 4 + Number(t.sites.length > 0) * 2 + Number(!!t.locale);
  return fits.sort((a, b) => score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime())[0] ?? null;
}

/** A colleague of the same department (same site preferred), there for six months, not the manager, least busy as buddy. */
export function pickBuddy(
  p: AudienceMember,
  colleagues: AudienceMember[],
  load: Map<string, number>,
  today: Date,
): string | null {
  const since = new Date(today.getTime() - BUDDY_MIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  const ok = colleagues.filter(
    (c) => c.id !== p.id && c.id !== p.managerId && c.department === p.department && (!c.hireDate || c.hireDate <= since),
  );
  ok.sort(
    (a, b) =>
      Number(b.site === p.site) - Number(a.site === p.site) ||
      (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) ||
      a.name.localeCompare(b.name),
  );
  return ok[0]?.id ?? null;
}

/**
 * Gives every new hire of the organisation without a journey the matching one and a buddy. Run by the sweep (so
 * people created, edited or imported with a hire date all get theirs); the unique person makes it idempotent.
 */
export async function assignJourneys(ctx: Ctx, today = new Date()): Promise<number> {
  const templates = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(ofOrg(ctx, onboardingTemplates, eq(onboardingTemplates.active, true)));
  if (templates.length === 0) return 0;
  const [hires, everyone, journeys] = await Promise.all([
    listAudience(ctx, { all: true, hiredWithinDays: NEW_HIRE_DAYS, notYetActive: true }),
    listAudience(ctx, { all: true }),
    ctx.db
      .select({ personId: onboardingJourneys.personId, buddyId: onboardingJourneys.buddyId })
      .from(onboardingJourneys)
      .where(ofOrg(ctx, onboardingJourneys)),
  ]);
  const has = new Set(journeys.map((j) => j.personId));
  const load = new Map<string, number>();
  for (const j of journeys) if (j.buddyId) load.set(j.buddyId, (load.get(j.buddyId) ?? 0) + 1);
  let created = 0;
  for (const p of hires) {
    if (has.has(p.id) || !p.hireDate) continue;
    const template = matchTemplate(templates, p);
    if (!template) continue;
    const buddyId = pickBuddy(p, everyone, load, today);
    const [row] = await ctx.db
      .insert(onboardingJourneys)
      .values({
        orgId: ctx.orgId,
        personId: p.id,
        templateId: template.id,
        templateVersion: template.version,
        buddyId,
        startOn: p.hireDate,
      })
      .onConflictDoNothing()
      .returning();
    if (row) {
      created++;
      if (buddyId) load.set(buddyId, (load.get(buddyId) ?? 0) + 1);
    }
  }
  return created;
}
