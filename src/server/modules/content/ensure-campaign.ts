import { and, eq, isNull } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { posts } from './schema';

/**
 * A readable utm_campaign for the post: its title as a slug (accents dropped), and the start of its id so two posts
 * with one title never share a campaign in the destination site's analytics.
 */
export function campaignSlug(title: string, id: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return `${base || 'post'}-${id.replace(/-/g, '').slice(0, 6)}`;
}

type PostRef = { id: string; campaign: string | null; title: string | null; titleEn: string | null };

/**
 * The post's campaign, fixed the first time it is needed (the first share) and never changed after, even when the
 * title is edited: reports in the destination's analytics would otherwise split one post in two. Two first shares
 * at once both write only where none is set yet, and both read back the one that landed.
 */
export async function ensureCampaign(ctx: Ctx, post: PostRef): Promise<string> {
  if (post.campaign) return post.campaign;
  const slug = campaignSlug(post.title ?? post.titleEn ?? '', post.id);
  await ctx.db
    .update(posts)
    .set({ campaign: slug })
    .where(ofOrg(ctx, posts, and(eq(posts.id, post.id), isNull(posts.campaign))));
  const [row] = await ctx.db
    .select({ campaign: posts.campaign })
    .from(posts)
    .where(ofOrg(ctx, posts, eq(posts.id, post.id)));
  return row?.campaign ?? slug;
}
