import { and, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { systemCtx } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import type { PostT } from './contract';
import { posts } from './schema';

const Payload = z.object({ postId: z.string().uuid().optional() });

type Moved = { id: string; orgId: string; title: string };

/** The name the audit log keeps for a post moved by a sweep (no reader: Italian first). */
const movedTitle = sql<string>`coalesce(${posts.title}, ${posts.titleEn})`;

async function audit(platform: Platform, db: Tx, rows: Moved[], action: string) {
  for (const r of rows)
    await recordAudit({
      ctx: { ...systemCtx(platform, r.orgId), db },
      input: { action, targetType: 'post', targetId: r.id, targetName: r.title },
    });
}

// System sweeps across organisations (no tenant actor): the database row is the truth, so running twice is harmless.

/** Scheduled posts whose time has come become published (or expired, if their window already closed). */
export async function publishDuePosts(platform: Platform): Promise<number> {
  return platform.db.transaction(async (tx) => {
    const due = and(sql`${posts.status} = 'scheduled'`, or(isNull(posts.publishAt), lte(posts.publishAt, sql`now()`)));
    const published = await tx
      .update(posts)
      .set({ status: 'published', publishedAt: sql`coalesce(${posts.publishAt}, now())`, updatedAt: new Date() })
      .where(and(due, or(isNull(posts.expireAt), sql`${posts.expireAt} > now()`)))
      .returning({ id: posts.id, orgId: posts.orgId, title: movedTitle });
    await audit(platform, tx, published, 'post.published');
    return published.length;
  });
}

/** Published or scheduled posts past their expiry leave the feeds. */
export async function expireDuePosts(platform: Platform): Promise<number> {
  return platform.db.transaction(async (tx) => {
    const expired = await tx
      .update(posts)
      .set({ status: 'expired', updatedAt: new Date() })
      .where(and(inArray(posts.status, ['published', 'scheduled']), lte(posts.expireAt, sql`now()`)))
      .returning({ id: posts.id, orgId: posts.orgId, title: movedTitle });
    await audit(platform, tx, expired, 'post.expired');
    return expired.length;
  });
}

// `short`: one waiting trigger per key. A post saved twice with the same times queues one trigger for them; the
// sweep itself is keyed by its name (see Jobs.start). Running a sweep twice would be harmless anyway (the status
// moves under a conditional update), the policy only keeps the queue from filling with duplicates.
export const publishDue = defineJob({
  name: 'content.publish-due',
  schema: Payload,
  cron: '* * * * *',
  policy: 'short',
  handle: async (platform) => {
    await publishDuePosts(platform);
  },
});

export const expireDue = defineJob({
  name: 'content.expire-due',
  schema: Payload,
  cron: '* * * * *',
  policy: 'short',
  handle: async (platform) => {
    await expireDuePosts(platform);
  },
});

/** Precise triggers at the post's own times (the per-minute sweep is the safety net). */
export async function schedulePostJobs(platform: Platform, post: PostT): Promise<void> {
  const now = Date.now();
  if (post.status === 'scheduled' && post.publishAt && Date.parse(post.publishAt) > now)
    await platform.jobs.send(
      publishDue,
      { postId: post.id },
      { startAfter: new Date(post.publishAt), singletonKey: `publish:${post.id}:${post.publishAt}` },
    );
  if ((post.status === 'scheduled' || post.status === 'published') && post.expireAt && Date.parse(post.expireAt) > now)
    await platform.jobs.send(
      expireDue,
      { postId: post.id },
      { startAfter: new Date(post.expireAt), singletonKey: `expire:${post.id}:${post.expireAt}` },
    );
}
