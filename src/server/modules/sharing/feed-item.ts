import { type getVisiblePost, versionFor } from '../content';
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

/** The card in the first of my preferred languages the post is written in (else the other one). */
export function toFeedItem(
  post: Post,
  myShares: ShareNetwork[],
  preferred: readonly string[],
  bodyChars = CARD_BODY_CHARS,
): FeedItemT {
  const v = versionFor(post, preferred);
  const body = v.body.length > bodyChars ? `${v.body.slice(0, bodyChars).trimEnd()}…` : v.body;
  return {
    id: post.id,
    locale: v.locale,
    title: v.title,
    body,
    urlHost: hostOf(post.url),
    preview: {
      title: v.previewTitle,
      description: v.previewDescription,
      // The editor's own upload wins over the destination page's image.
      imageUrl: post.imageKey ? `/api/posts/images/${encodeURIComponent(post.imageKey)}` : post.previewImageUrl,
    },
    topics: post.topics,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    expireAt: post.expireAt?.toISOString() ?? null,
    myShares,
  };
}
