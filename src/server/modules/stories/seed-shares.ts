import crypto from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { DemoSeed } from '../../platform/module';
import { addRolledClicks } from '../links';
import { newCode } from '../links/ensure-link';
import { clicks, links } from '../links/schema';
import { shares } from '../sharing/schema';
import { stories } from './schema';

const DAY = 86_400_000;

/** A random source of its own (not demo.random), so the modules seeded after this one draw what they drew before. */
function ownRandom(seed: number) {
  let x = seed;
  const next = () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), next };
}

/**
 * The approved demo stories shared by their author and a few colleagues on LinkedIn, with their clicks counted the way
 * the click rollup counts them: the analytics page then has employee stories to set against corporate posts (the
 * core seed shares only corporate posts). Written directly, like the core seed's history: no job, no e-mail.
 */
export async function seedStoryShares(demo: DemoSeed): Promise<void> {
  const told = await demo.db
    .select({ postId: stories.postId, authorId: stories.authorId, decidedAt: stories.decidedAt })
    .from(stories)
    .where(and(eq(stories.orgId, demo.orgId), eq(stories.status, 'approved'), isNotNull(stories.postId)));
  const pool = demo.people.filter((p) => p.status === 'active' && !p.login);
  const rnd = ownRandom(20260901);
  for (const s of told) {
    if (!s.postId || !s.decidedAt) continue;
    const author = demo.people.find((p) => p.id === s.authorId);
    const sharers = [...(author ? [author] : [])];
    while (sharers.length < 5 && sharers.length < pool.length) {
      const p = pool[Math.floor(rnd.next() * pool.length)];
      if (!sharers.includes(p)) sharers.push(p);
    }
    const counted = new Map<string, number>();
    const raw: (typeof clicks.$inferInsert)[] = [];
    for (const [i, p] of sharers.entries()) {
      const at = new Date(Math.min(demo.now.getTime() - DAY, s.decidedAt.getTime() + (i + 1) * 5 * 3_600_000));
      const linkId = crypto.randomUUID();
      const facets = { department: p.department, site: p.site };
      await demo.db.insert(links).values({
        id: linkId,
        orgId: demo.orgId,
        code: newCode(),
        destination: 'https://www.pastificioaurora.example/storie',
        postId: s.postId,
        personId: p.id,
        network: 'linkedin',
        ...facets,
        createdAt: at,
      });
      await demo.db.insert(shares).values({
        orgId: demo.orgId,
        postId: s.postId,
        personId: p.id,
        network: 'linkedin',
        text: 'Una storia dei miei colleghi #dipendente',
        linkId,
        distanceFromSuggestions: 1,
        personalised: true,
        ...facets,
        status: 'confirmed',
        createdAt: at,
      });
      // Most clicks within hours of the share, a tail the next day; raw clicks and their daily count agree.
      const n = rnd.int(6, 16);
      for (let k = 0; k < n; k++) {
        const clickAt = new Date(at.getTime() + Math.floor(rnd.next() * rnd.next() * 40 * 3_600_000));
        if (clickAt >= demo.now) continue;
        raw.push({
          id: crypto.randomUUID(),
          orgId: demo.orgId,
          linkId,
          at: clickAt,
          hourBucket: new Date(Math.floor(clickAt.getTime() / 3_600_000) * 3_600_000),
          visitorHash: crypto.createHash('sha256').update(`${linkId}|${k}`).digest('hex'),
          referrerHost: 'www.linkedin.com',
          deviceClass: k % 3 === 0 ? 'desktop' : 'mobile',
        });
        const key = `${linkId}|${clickAt.toISOString().slice(0, 10)}`;
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
    }
    if (raw.length) await demo.db.insert(clicks).values(raw);
    await addRolledClicks(
      demo.db,
      [...counted].map(([key, n]) => ({ linkId: key.split('|')[0], day: key.split('|')[1], clicks: n })),
    );
  }
}
