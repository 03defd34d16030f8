import type { getVisiblePost } from '../content';
import type { FeedItemT } from './contract';
import type { ShareNetwork } from './networks';

type Post = Awaited<ReturnType<typeof getVisiblePost>>;

/** The feed card: a short body and the preview only, so a page stays small on a phone. */
export const CARD_BODY_CHARS = 280;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function toFeedItem(post: Post, myShares: ShareNetwork[], bodyChars = CARD_BODY_CHARS): FeedItemT {
  const body = post.body.length > bodyChars ? `${post.body.slice(0, bodyChars).trimEnd()}…` : post.body;
  return {
    id: post.id,
    title: post.title,
    body,
    urlHost: hostOf(post.url),
    preview: {
      title: post.previewTitle,
      description: post.previewDescription,
      // The editor's own upload wins over the destination page's image.
      imageUrl: post.imageKey ? `/api/posts/images/${encodeURIComponent(post.imageKey)}` : post.previewImageUrl,
    },
    topics: post.topics,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    expireAt: post.expireAt?.toISOString() ?? null,
    myShares,
  };
}
