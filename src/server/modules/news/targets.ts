import { desc, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { newsPosts } from './schema';

export type NewsTarget = { id: string; titleIt: string; titleEn: string; mustRead: boolean; status: string };

/** Posts another module may point at (onboarding steps): every post not archived, newest first. */
export async function listNewsTargets(ctx: Ctx): Promise<NewsTarget[]> {
  return ctx.db
    .select({
      id: newsPosts.id,
      titleIt: newsPosts.titleIt,
      titleEn: newsPosts.titleEn,
      mustRead: newsPosts.mustRead,
      status: newsPosts.status,
    })
    .from(newsPosts)
    .where(ofOrg(ctx, newsPosts, ne(newsPosts.status, 'archived')))
    .orderBy(desc(newsPosts.createdAt))
    .limit(500);
}
