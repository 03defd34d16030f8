// The only reads of other modules' tables in this module, kept in one place. The people module exports no
// "audience of a person" function and the content module none for titles of posts that are no longer visible
// (expired posts still appear in "your impact"). TODO(lead): replace with people/content index exports.
import { eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import type { Audience } from '../content';
import { posts } from '../content/schema';
import { people } from '../people/schema';

/** The signed-in person as content targeting sees them: id, department, site, language. */
export async function myAudience(ctx: Ctx): Promise<Audience> {
  const actor = actorOf(ctx);
  const [p] = await ctx.db
    .select({ department: people.department, site: people.site })
    .from(people)
    .where(ofOrg(ctx, people, eq(people.id, actor.personId)));
  return { personId: actor.personId, department: p?.department ?? null, site: p?.site ?? null, locale: actor.locale };
}

/** Titles of posts by id (any status), for the history of my shares. */
export async function postTitles(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(ofOrg(ctx, posts, inArray(posts.id, ids)));
  return new Map(rows.map((r) => [r.id, r.title]));
}
