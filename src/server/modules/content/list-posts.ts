import { count, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { PostListT } from './contract';
import { personNames } from './person-names';
import { languagesOf, titleOf } from './post-texts';
import { type PostStatus, postStatuses, posts } from './schema';

const PAGE_SIZE = 20;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The editors' list: one status tab at a time, title search (either language), newest change first, with per-status counts. */
export async function listPosts({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { status?: PostStatus; q?: string; page: number };
}): Promise<PostListT> {
  requirePermission(ctx, 'content.write');
  const pattern = input.q ? `%${input.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  const search = pattern ? or(ilike(posts.title, pattern), ilike(posts.titleEn, pattern)) : undefined;
  const where = ofOrg(ctx, posts, input.status ? eq(posts.status, input.status) : undefined, search);
  const [rows, [{ total }], byStatus] = await Promise.all([
    ctx.db
      .select()
      .from(posts)
      .where(where)
      .orderBy(desc(posts.updatedAt), desc(posts.id))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    ctx.db.select({ total: count() }).from(posts).where(where),
    ctx.db
      .select({ status: posts.status, n: count() })
      .from(posts)
      .where(ofOrg(ctx, posts, search, inArray(posts.status, [...postStatuses])))
      .groupBy(posts.status),
  ]);
  const names = await personNames(ctx, [...new Set(rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])))]);
  const counts = Object.fromEntries(postStatuses.map((s) => [s, 0])) as Record<PostStatus, number>;
  for (const r of byStatus) counts[r.status] = Number(r.n);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: titleOf(r, ctx.locale),
      languages: languagesOf(r),
      url: r.url,
      status: r.status,
      language: r.language,
      publishAt: iso(r.publishAt),
      expireAt: iso(r.expireAt),
      publishedAt: iso(r.publishedAt),
      createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
      updatedAt: r.updatedAt.toISOString(),
      reviewComment: r.reviewComment,
    })),
    total: Number(total),
    page: input.page,
    pageSize: PAGE_SIZE,
    counts,
  };
}
