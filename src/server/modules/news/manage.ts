import { desc } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { NewsPostT } from './contract';
import { findPost, postView } from './load';
import { newsPosts } from './schema';

/** Every internal post of the organisation, newest first, for editors. */
export async function listNewsPosts({ ctx }: { ctx: Ctx; input?: undefined }): Promise<{ items: NewsPostT[] }> {
  requirePermission(ctx, 'news.write');
  const rows = await ctx.db.select().from(newsPosts).where(ofOrg(ctx, newsPosts)).orderBy(desc(newsPosts.createdAt)).limit(200);
  const items: NewsPostT[] = [];
  for (const r of rows) items.push(await postView(ctx, r));
  return { items };
}

export async function getNewsPost({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<NewsPostT> {
  requirePermission(ctx, 'news.write');
  return postView(ctx, await findPost(ctx, input.id));
}
