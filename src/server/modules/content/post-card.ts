import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { versionFor } from './post-texts';
import { type PostStatus, posts } from './schema';

/** status: the public redirect decides what an archived post's links still show (links/public-card.ts). */
export type PostCard = {
  title: string;
  description: string;
  imageKey: string | null;
  imageUrl: string | null;
  status: PostStatus;
};

/**
 * What a link-preview crawler is shown for a tracked link to this post. Read by the public redirect, which has no
 * signed-in context: the organisation comes from the link row itself. The language: the one asked for, else Italian,
 * else English (a crawler states no reader).
 */
export async function getPostCard(db: Db, input: { orgId: string; postId: string; locale?: string }): Promise<PostCard | null> {
  const [p] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.orgId, input.orgId), eq(posts.id, input.postId)));
  if (!p) return null;
  const v = versionFor(p, input.locale ? [input.locale] : []);
  return {
    title: v.previewTitle || v.title,
    description: (v.previewDescription || v.body).slice(0, 300),
    imageKey: p.imageKey,
    imageUrl: p.previewImageUrl,
    status: p.status,
  };
}
