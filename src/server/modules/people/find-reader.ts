import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { type ContentLanguage, people } from './schema';

/** What the feed's targeting knows of a reader: department, site and the languages they read posts in. */
export type Reader = { department: string | null; site: string | null; contentLanguages: ContentLanguage[] };

/** One person of the caller's organisation as a reader of posts, or null. */
export async function findReader(ctx: Ctx, personId: string): Promise<Reader | null> {
  const [row] = await ctx.db
    .select({ department: people.department, site: people.site, contentLanguages: people.contentLanguages })
    .from(people)
    .where(ofOrg(ctx, people, eq(people.id, personId)));
  return row ?? null;
}
