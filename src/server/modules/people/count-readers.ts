import { and, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from './schema';

export type ReaderTargeting = {
  all: boolean;
  departments: readonly string[];
  sites: readonly string[];
  personIds: readonly string[];
  /** 'all', or the content language the post is for. */
  language: 'all' | 'it' | 'en';
};

/**
 * How many active people (those who can sign in and see a feed) a targeting reaches, and how many there are: the
 * same rule as the feed's (content/visible-posts.ts), so the editor sees the audience before publishing.
 */
export async function countReaders(ctx: Ctx, t: ReaderTargeting): Promise<{ people: number; total: number }> {
  const matches: SQL[] = [];
  if (t.departments.length) matches.push(inArray(people.department, [...t.departments]));
  if (t.sites.length) matches.push(inArray(people.site, [...t.sites]));
  if (t.personIds.length) matches.push(inArray(people.id, [...t.personIds]));
  const targeted = t.all ? undefined : matches.length ? or(...matches) : sql`false`;
  const reads = t.language === 'all' ? undefined : sql`${t.language} = any(${people.contentLanguages})`;
  const active = eq(people.status, 'active');
  const [[reached], [all]] = await Promise.all([
    ctx.db
      .select({ n: count() })
      .from(people)
      .where(ofOrg(ctx, people, and(active, targeted, reads))),
    ctx.db
      .select({ n: count() })
      .from(people)
      .where(ofOrg(ctx, people, active)),
  ]);
  return { people: Number(reached.n), total: Number(all.n) };
}
