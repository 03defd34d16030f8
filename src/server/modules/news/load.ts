import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { type AudienceRule, findPeopleById } from '../people';
import type { NewsPostT } from './contract';
import { newsPosts, newsTargets } from './schema';

export type PostRow = typeof newsPosts.$inferSelect;

export async function findPost(ctx: Ctx, id: string, forUpdate = false): Promise<PostRow> {
  const q = ctx.db
    .select()
    .from(newsPosts)
    .where(ofOrg(ctx, newsPosts, eq(newsPosts.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('post');
  return row;
}

export async function ruleOf(ctx: Ctx, p: PostRow): Promise<AudienceRule> {
  if (p.targetAll) return { all: true };
  const rows = await ctx.db
    .select()
    .from(newsTargets)
    .where(ofOrg(ctx, newsTargets, eq(newsTargets.postId, p.id)));
  const of = (k: string) => rows.filter((r) => r.kind === k).map((r) => r.value);
  return { all: false, departments: of('department'), sites: of('site'), jobFamilies: of('jobFamily') };
}

export async function postView(ctx: Ctx, p: PostRow): Promise<NewsPostT> {
  const rule = await ruleOf(ctx, p);
  const author = p.createdBy ? (await findPeopleById(ctx, [p.createdBy])).get(p.createdBy) : undefined;
  return {
    id: p.id,
    kind: p.kind,
    titleIt: p.titleIt,
    titleEn: p.titleEn,
    bodyIt: p.bodyIt,
    bodyEn: p.bodyEn,
    imageKey: p.imageKey,
    mediaKey: p.mediaKey,
    mustRead: p.mustRead,
    dueOn: p.dueOn,
    status: p.status,
    targeting: {
      all: rule.all,
      departments: rule.departments ?? [],
      sites: rule.sites ?? [],
      jobFamilies: rule.jobFamilies ?? [],
    },
    publishedAt: p.publishedAt?.toISOString() ?? null,
    createdByName: author?.name ?? null,
  };
}

/** A text in the reader's language, falling back to the other one. */
export const pick = (locale: string, it: string, en: string) => (locale === 'en' ? en || it : it || en);
