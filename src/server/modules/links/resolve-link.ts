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
  card: PostCard | null;
};

/** A link code: our alphabet, bounded length; anything else is unknown without asking the database. */
export const CODE_RE = /^[A-Za-z0-9]{6,16}$/;

/**
 * Code → link, cached: the hot path asks the database once per code per process. Links never change destination
 * after creation, so a long TTL is safe; unknown codes are cached briefly so a scan cannot hammer the database.
 */
export class LinkResolver {
  private readonly known = new LRUCache<string, ResolvedLink>({ max: 50_000, ttl: 60 * 60_000 });
  private readonly unknown = new LRUCache<string, true>({ max: 10_000, ttl: 30_000 });
  private readonly loading = new Map<string, Promise<ResolvedLink | null>>();

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
    let pending = this.loading.get(code);
    if (!pending) {
      pending = this.load(code).finally(() => this.loading.delete(code));
      this.loading.set(code, pending);
    }
    return pending;
  }

  private async load(code: string): Promise<ResolvedLink | null> {
    const [row] = await this.db
      .select({ id: links.id, orgId: links.orgId, postId: links.postId, network: links.network, destination: links.destination })
      .from(links)
      .where(eq(links.code, code));
    if (!row) {
      this.unknown.set(code, true);
      return null;
    }
    const card = await getPostCard(this.db, { orgId: row.orgId, postId: row.postId });
    const resolved = { ...row, target: withUtm(row.destination, row.network, row.postId), card };
    this.known.set(code, resolved);
    return resolved;
  }
}
