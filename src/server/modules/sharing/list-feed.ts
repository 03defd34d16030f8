import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { type Audience, listVisiblePosts } from '../content';
import type { FeedPageT } from './contract';
import { toFeedItem } from './feed-item';
import { myAudience, preferredLanguages } from './my-audience';
import { mySharedNetworks } from './my-shares';

export const FEED_PAGE = 20;
/** Bounds on how many rows one scan reads, so a prolific sharer cannot make a page slow. */
const MAX_EXTRA = 200;
const SHARED_SCAN = 200;

type Phase = 'u' | 's';
type Post = Awaited<ReturnType<typeof listVisiblePosts>>[number];

/** Cursor "u:<iso>" (unshared posts older than iso), "s:<iso>" (shared posts older than iso) or "s" (shared, from the newest). */
function parseCursor(cursor: string | undefined): { phase: Phase; before?: Date } {
  if (!cursor) return { phase: 'u' };
  if (cursor === 's') return { phase: 's' };
  const m = /^([us]):(.+)$/.exec(cursor);
  const before = m ? new Date(m[2]) : null;
  if (!m || !before || Number.isNaN(before.getTime())) throw new AppError('validation_failed', 400);
  return { phase: m[1] as Phase, before };
}

const cursorAt = (phase: Phase, post: Post) => `${phase}:${(post.publishedAt ?? post.createdAt).toISOString()}`;

/**
 * Up to `want` posts of one phase older than `before`. For unshared posts, reading `want` + (number of posts I
 * shared) rows guarantees `want` unshared ones when they exist, in one query.
 */
async function scan(ctx: Ctx, who: Audience, phase: Phase, before: Date | undefined, want: number, shared: Set<string>) {
  const limit = phase === 'u' ? want + Math.min(shared.size, MAX_EXTRA) : SHARED_SCAN;
  const rows = await listVisiblePosts({ ctx, input: { ...who, limit, before } });
  const keep = rows.filter((r) => shared.has(r.id) === (phase === 's'));
  const more = rows.length === limit;
  if (keep.length >= want) {
    const items = keep.slice(0, want);
    return { items, next: keep.length > want || more ? cursorAt(phase, items[want - 1]) : null };
  }
  return { items: keep, next: more ? cursorAt(phase, rows[rows.length - 1]) : null };
}

/** My feed: posts aimed at me in a language I read, those I have not shared yet first, each group newest first. */
export async function listFeed({ ctx, input }: { ctx: Ctx; input: { before?: string } }): Promise<FeedPageT> {
  requirePermission(ctx, 'share');
  const { phase, before } = parseCursor(input.before);
  const [who, mine] = await Promise.all([myAudience(ctx), mySharedNetworks(ctx)]);
  const shared = new Set(mine.keys());
  let page = await scan(ctx, who, phase, before, FEED_PAGE, shared);
  // The unshared posts ran out on this page: continue with the ones I already shared, from the newest.
  if (phase === 'u' && page.next === null && shared.size > 0) {
    const room = FEED_PAGE - page.items.length;
    if (room === 0) page = { items: page.items, next: 's' };
    else {
      const rest = await scan(ctx, who, 's', undefined, room, shared);
      page = { items: [...page.items, ...rest.items], next: rest.next };
    }
  }
  const preferred = preferredLanguages(ctx, who);
  return { items: page.items.map((p) => toFeedItem(p, mine.get(p.id) ?? [], preferred)), nextCursor: page.next };
}
