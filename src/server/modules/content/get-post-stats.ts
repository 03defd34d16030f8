import { type Ctx, requirePermission } from '../../platform/ctx';
import { getPostStats as postFigures } from '../analytics';
import type { PostStatsT } from './contract';
import { findPost } from './get-post';
import { titleOf } from './post-texts';

/** The statistics page of one post of my organisation (404 for anyone else's): figures from the analytics module. */
export async function getPostStats({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PostStatsT> {
  requirePermission(ctx, 'content.write');
  const post = await findPost(ctx, input.id);
  const from = post.publishedAt ?? post.createdAt;
  return {
    post: {
      id: post.id,
      title: titleOf(post, ctx.locale),
      status: post.status,
      publishedAt: post.publishedAt?.toISOString() ?? null,
      campaign: post.campaign,
    },
    ...(await postFigures({ ctx, input: { postId: post.id, from } })),
  };
}
