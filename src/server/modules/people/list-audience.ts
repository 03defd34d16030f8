import { and, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from './schema';

/** A group of people aimed at by a survey, a journey or a news post: everyone, or anyone matching one of the lists. */
export type AudienceRule = {
  all: boolean;
  departments?: string[];
  sites?: string[];
  jobFamilies?: string[];
  /** Only people hired at most this many days ago (and not yet hired: hire date in the future), e.g. new hires. */
  hiredWithinDays?: number | null;
  /** Also people not yet signed up (pending or invited): onboarding starts before day one. Never the inactive. */
  notYetActive?: boolean;
};

export type AudienceMember = {
  id: string;
  name: string;
  email: string;
  locale: string;
  department: string | null;
  site: string | null;
  jobFamily: string | null;
  managerId: string | null;
  hireDate: string | null;
};

function recent(rule: AudienceRule): SQL | undefined {
  if (!rule.hiredWithinDays) return undefined;
  return sql`${people.hireDate} >= current_date - ${rule.hiredWithinDays}::int`;
}

function matches(rule: AudienceRule): SQL | undefined {
  if (rule.all) return undefined;
  const any = [
    rule.departments?.length ? inArray(people.department, rule.departments) : undefined,
    rule.sites?.length ? inArray(people.site, rule.sites) : undefined,
    rule.jobFamilies?.length ? inArray(people.jobFamily, rule.jobFamilies) : undefined,
  ].filter(Boolean) as SQL[];
  // A targeted rule with no list reaches nobody (never everyone by mistake).
  return any.length ? or(...any) : eq(people.id, '00000000-0000-0000-0000-000000000000');
}

/** Active people of the caller's organisation matching the rule (with a login: they can read and answer). */
export async function listAudience(ctx: Ctx, rule: AudienceRule): Promise<AudienceMember[]> {
  return ctx.db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      locale: people.locale,
      department: people.department,
      site: people.site,
      jobFamily: people.jobFamily,
      managerId: people.managerId,
      hireDate: people.hireDate,
    })
    .from(people)
    .where(
      ofOrg(
        ctx,
        people,
        and(rule.notYetActive ? ne(people.status, 'inactive') : eq(people.status, 'active'), matches(rule), recent(rule)),
      ),
    );
}

/** Whether one person belongs to the rule's audience (same test as listAudience, for one person). */
export function inAudience(
  rule: AudienceRule,
  p: Pick<AudienceMember, 'department' | 'site' | 'jobFamily' | 'hireDate'>,
  today = new Date(),
): boolean {
  if (rule.hiredWithinDays) {
    const since = new Date(today.getTime() - rule.hiredWithinDays * 86_400_000).toISOString().slice(0, 10);
    if (!p.hireDate || p.hireDate < since) return false;
  }
  if (rule.all) return true;
  return (
    (!!p.department && !!rule.departments?.includes(p.department)) ||
    (!!p.site && !!rule.sites?.includes(p.site)) ||
    (!!p.jobFamily && !!rule.jobFamilies?.includes(p.jobFamily))
  );
}
