// Test-only: what dashboards count for a link — the rollups plus the hours not rolled up yet.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { liveClicks } from './live-clicks';
import { clickDaily, links } from './schema';

export async function countedClicks(db: Db, linkId: string): Promise<number> {
  const [link] = await db.select({ orgId: links.orgId }).from(links).where(eq(links.id, linkId));
  const [d] = await db
    .select({ n: sql<number>`coalesce(sum(${clickDaily.clicks}), 0)::int` })
    .from(clickDaily)
    .where(eq(clickDaily.linkId, linkId));
  const live = (await liveClicks({ orgId: link.orgId, db })).filter((l) => l.linkId === linkId);
  return Number(d.n) + live.reduce((s, l) => s + l.clicks, 0);
}
