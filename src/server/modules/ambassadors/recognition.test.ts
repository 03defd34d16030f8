import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { people } from '../people/schema';
import { awardPoints } from './award-points';
import type { BoardT } from './contract';
import { pointsLedger, recognition, sharerVisitors } from './schema';
import { memberOf, programmeOrg, shareWithClicks } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const DAY = 86_400_000;
const pointsOf = async (personId: string) =>
  Number(
    (
      await tp.platform.db
        .select({ n: sql<number>`coalesce(sum(${pointsLedger.points}), 0)::int` })
        .from(pointsLedger)
        .where(eq(pointsLedger.personId, personId))
    )[0].n,
  );

describe('recognition (opt-in)', { timeout: 120_000 }, () => {
  it('is off by default; once on, points come from committed shares, quizzes and unique human clicks, idempotently', async () => {
    const s = await programmeOrg(tp);
    const m = await memberOf(tp, s, { jobFamily: 'Logistica', site: 'Piacenza' });
    const off: BoardT = await (await m.api.get('/api/ambassadors/board')).json();
    expect(off).toMatchObject({ enabled: false, groups: [] });
    // Before points existed: never back-dated.
    await shareWithClicks(tp, s.org.id, m.person.id, { createdAt: new Date(Date.now() - 10 * DAY) });

    const on = await s.api.patch('/api/ambassadors/recognition', { enabled: true });
    expect((await on.json()).table).toEqual({ share: 5, personalised: 5, click: 1, clickCapPerShareDay: 20, quiz: 10 });
    // Pretend it was switched on five days ago, so whole days of clicks are closed.
    const enabledAt = new Date(Date.now() - 5 * DAY);
    await tp.platform.db.update(recognition).set({ enabledAt, computedUntil: enabledAt }).where(eq(recognition.orgId, s.org.id));
    const clickDay = new Date(Date.now() - 2 * DAY);
    clickDay.setUTCHours(10, 0, 0, 0);
    const visitors = Array.from({ length: 25 }, (_, i) => ({ hash: `v${i}`, at: new Date(clickDay.getTime() + i * 60_000) }));
    // The sharer opening their own link, the same day: their hash is known from their visit to Voce.
    visitors.push({ hash: 'own', at: new Date(clickDay.getTime() + 3_600_000) });
    await tp.platform.db
      .insert(sharerVisitors)
      .values({ orgId: s.org.id, personId: m.person.id, day: clickDay.toISOString().slice(0, 10), visitorHash: 'own' });
    await shareWithClicks(tp, s.org.id, m.person.id, { personalised: true, visitors, createdAt: new Date(Date.now() - 3 * DAY) });

    const later = new Date(Date.now() + 5 * 60_000);
    await Promise.all([awardPoints(tp.platform, s.org.id, later), awardPoints(tp.platform, s.org.id, later)]);
    await awardPoints(tp.platform, s.org.id, later);
    // share 5 + personalised 5 + clicks capped at 20 (25 human visitors; the sharer's own visit not counted).
    expect(await pointsOf(m.person.id)).toBe(30);
    const board: BoardT = await (await m.api.get('/api/ambassadors/board?dimension=jobFamily&period=month')).json();
    expect(board.enabled).toBe(true);
    expect(board.me.points).toBe(30);
    expect(board.me.badges).toContain('first_share');
    expect(board.groups).toEqual([
      { name: 'Logistica', rows: [expect.objectContaining({ name: m.person.name, points: 30, me: true })] },
    ]);
  });

  it('people who opt out earn nothing and are on no board; a deactivated person’s points freeze', async () => {
    const s = await programmeOrg(tp);
    await s.api.patch('/api/ambassadors/recognition', { enabled: true });
    const shy = await memberOf(tp, s);
    const gone = await memberOf(tp, s);
    await shy.api.put('/api/me/sharing-profile', { rankingOptOut: true, audience: {}, contentLanguages: ['it'] });
    await shareWithClicks(tp, s.org.id, gone.person.id, { createdAt: new Date(Date.now() + 1000) });
    await shareWithClicks(tp, s.org.id, shy.person.id, { createdAt: new Date(Date.now() + 1000) });
    await awardPoints(tp.platform, s.org.id, new Date(Date.now() + 5 * 60_000));
    expect(await pointsOf(shy.person.id)).toBe(0);
    expect(await pointsOf(gone.person.id)).toBe(5);
    const board: BoardT = await (await shy.api.get('/api/ambassadors/board')).json();
    expect(board.optedOut).toBe(true);
    expect(board.groups.flatMap((g) => g.rows.map((r) => r.personId))).toEqual([gone.person.id]);

    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, gone.person.id));
    await shareWithClicks(tp, s.org.id, gone.person.id, { createdAt: new Date(Date.now() + 6 * 60_000) });
    await awardPoints(tp.platform, s.org.id, new Date(Date.now() + 10 * 60_000));
    expect(await pointsOf(gone.person.id)).toBe(5);
    const after: BoardT = await (await s.api.get('/api/ambassadors/board')).json();
    expect(after.groups).toEqual([]);
  });
});
