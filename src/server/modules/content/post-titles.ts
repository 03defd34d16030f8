import { inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { versionFor } from './post-texts';
import { posts } from './schema';

/**
 * Titles of posts by id, whatever their status (a share history outlives the post's time in the feed), in the first
 * of the preferred languages the post is written in.
 */
export async function postTitles(
  ctx: Ctx,
  ids: string[],
  preferred: readonly string[] = [ctx.locale],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: posts.id, title: posts.title, titleEn: posts.titleEn })
    .from(posts)
    .where(ofOrg(ctx, posts, inArray(posts.id, ids)));
  const none = {
    body: '',
    bodyEn: '',
    previewTitle: null,
    previewTitleEn: null,
    previewDescription: null,
    previewDescriptionEn: null,
  };
  return new Map(rows.map((r) => [r.id, versionFor({ ...r, ...none }, preferred).title]));
}
