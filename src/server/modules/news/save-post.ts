import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { NewsInputT, NewsPostT } from './contract';
import { findPost, postView } from './load';
import { assertOwnMedia, isMedia } from './media';
import { renderBody } from './render-body';
import { newsPosts, newsTargets } from './schema';

function check(input: NewsInputT) {
  if (!input.titleIt && !input.titleEn) throw invalid('news.title_required');
  if (!input.bodyIt && !input.bodyEn && !input.mediaKey) throw invalid('news.body_required');
  if (input.dueOn && !input.mustRead) throw invalid('news.due_without_must_read');
  if (input.imageKey && isMedia(input.imageKey)) throw invalid('news.file_type');
  if (input.mediaKey && !isMedia(input.mediaKey)) throw invalid('news.file_type');
  const t = input.targeting;
  if (!t.all && t.departments.length + t.sites.length + t.jobFamilies.length === 0) throw invalid('news.empty_audience');
}

const fields = (input: NewsInputT) => ({
  kind: input.kind,
  titleIt: input.titleIt,
  titleEn: input.titleEn,
  bodyIt: input.bodyIt,
  bodyEn: input.bodyEn,
  htmlIt: renderBody(input.bodyIt),
  htmlEn: renderBody(input.bodyEn),
  imageKey: input.imageKey,
  mediaKey: input.mediaKey,
  mustRead: input.mustRead,
  dueOn: input.dueOn,
  targetAll: input.targeting.all,
  updatedAt: new Date(),
});

/** Creates (no id) or changes (id) an internal post; a published post keeps its must-read flag (readers acknowledged it). */
export async function saveNewsPost({ ctx, input }: { ctx: Ctx; input: NewsInputT & { id?: string } }): Promise<NewsPostT> {
  requirePermission(ctx, 'news.write');
  check(input);
  await assertOwnMedia(ctx, input.imageKey);
  await assertOwnMedia(ctx, input.mediaKey);
  return inTx(ctx, async (tx) => {
    let row: typeof newsPosts.$inferSelect;
    if (input.id) {
      const before = await findPost(tx, input.id, true);
      if (before.status === 'archived') throw conflict('news.archived');
      if (before.status === 'published' && before.mustRead !== input.mustRead) throw conflict('news.must_read_locked');
      [row] = await tx.db
        .update(newsPosts)
        .set(fields(input))
        .where(ofOrg(tx, newsPosts, eq(newsPosts.id, before.id)))
        .returning();
      await tx.db.delete(newsTargets).where(ofOrg(tx, newsTargets, eq(newsTargets.postId, row.id)));
    } else {
      [row] = await tx.db
        .insert(newsPosts)
        .values({ orgId: ctx.orgId, ...fields(input), createdBy: ctx.actor?.personId ?? null })
        .returning();
    }
    const t = input.targeting;
    const targets = t.all
      ? []
      : [
          ...t.departments.map((value) => ({ kind: 'department' as const, value })),
          ...t.sites.map((value) => ({ kind: 'site' as const, value })),
          ...t.jobFamilies.map((value) => ({ kind: 'jobFamily' as const, value })),
        ];
    if (targets.length) await tx.db.insert(newsTargets).values(targets.map((x) => ({ ...x, orgId: ctx.orgId, postId: row.id })));
    return postView(tx, row);
  });
}

/** draft → published (readers see it now) or published → archived; a conditional update, so twice is a 409. */
export async function setNewsStatus({ ctx, input }: { ctx: Ctx; input: { id: string; to: 'published' | 'archived' } }) {
  requirePermission(ctx, 'news.write');
  return inTx(ctx, async (tx) => {
    const from = input.to === 'published' ? 'draft' : 'published';
    const [row] = await tx.db
      .update(newsPosts)
      .set({ status: input.to, ...(input.to === 'published' ? { publishedAt: new Date() } : {}), updatedAt: new Date() })
      .where(ofOrg(tx, newsPosts, eq(newsPosts.id, input.id), eq(newsPosts.status, from)))
      .returning();
    if (!row) {
      await findPost(tx, input.id);
      throw conflict('news.invalid_transition');
    }
    await recordAudit({
      ctx: tx,
      input: { action: `news.${input.to}`, targetType: 'news', targetId: row.id, targetName: row.titleIt || row.titleEn },
    });
    return postView(tx, row);
  });
}
