import { eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../platform/db/client';
import { getPostCard, type PostCard } from '../content';
import { links } from './schema';
import { withUtm } from './utm';

export type ResolvedLink = {
  id: string;
  orgId: string;
  postId: string;
  network: string;
  destination: string;
  /** The destination with the UTM parameters: where humans are sent. */
  target: string;
};

/** A link code: our alphabet, bounded length; anything else is unknown without asking the database. */
export const CODE_RE = /^[A-Za-z0-9]{6,16}$/;

/**
 * Code → link, cached: the hot path asks the database once per code per process. What is cached never changes: a
 * link's destination is fixed at creation (a live post's URL is locked) and humans are redirected whatever becomes of
 * the post (public-card.ts), so no invalidation is needed and a long TTL is safe. Unknown codes are cached briefly so a
 * scan cannot hammer the database.
 *
 * The post's card, which does change (title, picture, archived), is not cached: it is read when a crawler asks (see
 * `card`). Why not a cached card invalidated on change: with several processes that needs a cross-process signal
 * (LISTEN/NOTIFY with a trigger outside the generated migrations, a connection per process, and a window after each
 * reconnect) or a version check; crawlers are a small share of visits (a network fetches a card once per share and
 * caches it), so one primary-key read per crawler visit is cheaper than that machinery, and it is right at once in
 * every process.
 */
export class LinkResolver {
  private readonly known = new LRUCache<string, ResolvedLink>({ max: 50_000, ttl: 60 * 60_000 });
  private readonly unknown = new LRUCache<string, true>({ max: 10_000, ttl: 30_000 });
  private readonly loading = new Map<string, Promise<ResolvedLink | null>>();
  private readonly cards = new Map<string, Promise<PostCard | null>>();

  constructor(private readonly db: Db) {}

  /** Synchronous answer when cached: undefined = must load, null = known to be unknown. */
  peek(code: string): ResolvedLink | null | undefined {
    const hit = this.known.get(code);
    if (hit) return hit;
    return this.unknown.has(code) ? null : undefined;
  }

  async resolve(code: string): Promise<ResolvedLink | null> {
    const cached = this.peek(code);
    if (cached !== undefined) return cached;
    return once(this.loading, code, () => this.load(code));
  }

  /**
   * The post's card as it is now. Crawlers asking at the same moment share one read, so a flood of bot requests on
   * one link costs the database at most one query at a time.
   */
  card(link: ResolvedLink): Promise<PostCard | null> {
    return once(this.cards, link.postId, () => getPostCard(this.db, { orgId: link.orgId, postId: link.postId }));
  }

  private async load(code: string): Promise<ResolvedLink | null> {
    const [row] = await this.db
      .select({
        id: links.id,
        orgId: links.orgId,
        postId: links.postId,
        network: links.network,
        destination: links.destination,
        utmCampaign: links.utmCampaign,
      })
      .from(links)
      .where(eq(links.code, code));
    if (!row) {
      this.unknown.set(code, true);
      return null;
    }
    const { utmCampaign, ...link } = row;
    // Links made before posts had a campaign slug keep the post id they have always carried.
    const resolved = { ...link, target: withUtm(row.destination, row.network, utmCampaign ?? row.postId) };
    this.known.set(code, resolved);
    return resolved;
  }
}

/** Runs `load` for `key` unless a run for it is already in flight, whose result is shared. */
function once<T>(inFlight: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key);
  if (running) return running;
  const started = load().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
