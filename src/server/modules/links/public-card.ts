import type { PostCard } from '../content';

export type PublicCard = { title: string; description: string; imageKey: string | null; imageUrl: string | null };

/**
 * What link-preview crawlers are shown for a tracked link, by the post's state. The links themselves never die: people
 * shared them on their own networks and the destination still exists, so humans are always redirected (and counted),
 * whatever happened to the post since.
 * - Archived: the editors withdrew the post, so its own words and picture are no longer shown. Crawlers get a neutral
 *   card that names only the destination's site; the post's image address answers 404.
 * - Expired (and every other state): the card stays as it was. Expiry closes the window for new shares; what was
 *   already shared is still what it was.
 */
export function publicCard(card: PostCard | null, destination: string): PublicCard | null {
  if (!card) return null;
  if (card.status !== 'archived') return card;
  return { title: siteOf(destination), description: '', imageKey: null, imageUrl: null };
}

function siteOf(destination: string): string {
  try {
    return new URL(destination).hostname;
  } catch {
    return destination;
  }
}
