import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { pointsLedger } from '../ambassadors/schema';
import { eraseApplication, withdrawApplication } from './candidate-status';
import type { FunnelT } from './contract';
import type { JourneyT } from './journey-contract';
import { journeyFixture } from './journey-test-data';
import { erasedCandidates, jobViews, points } from './schema';
import { awardSharePoints } from './share-points';
import { errorCode, ok } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(() => tp.close());

const counts = (steps: JourneyT['steps']) => Object.fromEntries(steps.map((s) => [s.step, s.count]));
const conv = (steps: JourneyT['steps']) => Object.fromEntries(steps.map((s) => [s.step, s.conversion]));

describe('the Brand Experience Journey', { timeout: 120_000 }, () => {
  it('closes the circle on a hand-built fixture: numbers per step, source, family, month, origin and hire', async () => {
    const f = await journeyFixture(tp);
    // Until HR link the hire to their person, the circle stops at the hire.
    let j = await ok<JourneyT>(f.hr.get('/api/recruiting/journey?months=3'));
    expect(counts(j.steps)).toEqual({ views: 6, applied: 4, interview: 3, offer: 1, hired: 1, onboarded: 0, advocates: 0 });
    expect(j.hires).toEqual([expect.objectContaining({ name: 'Marco Neri', personId: null, onboarding: null })]);

    expect(
      await errorCode(await f.hr.put(`/api/recruiting/applications/${f.carla.id}/person`, { personId: f.marcoPerson.id })),
    ).toBe('recruiting.not_hired');
    expect(
      await errorCode(await f.hr.put(`/api/recruiting/applications/${f.marco.id}/person`, { personId: crypto.randomUUID() })),
    ).toBe('recruiting.person_unknown');
    expect((await f.as.put(`/api/recruiting/applications/${f.marco.id}/person`, { personId: f.marcoPerson.id })).status).toBe(
      403,
    );
    await ok(f.hr.put(`/api/recruiting/applications/${f.marco.id}/person`, { personId: f.marcoPerson.id }));

    // Elena withdraws and erases herself: her data goes, her counts stay (anonymised).
    const ctx = systemCtx(tp.platform, f.org.id);
    await withdrawApplication(ctx, f.elena.id);
    expect(await eraseApplication(ctx, f.elena.id, 'candidate')).toBe(true);
    const [left] = await tp.platform.db.select().from(erasedCandidates).where(eq(erasedCandidates.orgId, f.org.id));
    expect(JSON.stringify(left)).not.toMatch(/Elena|elena@/);
    expect(Object.keys(left.reached).sort()).toEqual(['applied', 'interview', 'withdrawn']);

    j = await ok<JourneyT>(f.hr.get('/api/recruiting/journey?months=3'));
    expect(counts(j.steps)).toEqual({ views: 6, applied: 4, interview: 3, offer: 1, hired: 1, onboarded: 1, advocates: 1 });
    expect(conv(j.steps)).toEqual({
      views: null,
      applied: 0.667,
      interview: 0.75,
      offer: 0.333,
      hired: 1,
      onboarded: 1,
      advocates: 1,
    });
    const src = Object.fromEntries(j.bySource.map((s) => [s.source, s]));
    // Employee job shares: Anna's three and Marco's own; clicks 10 + 4 (Anna) + 7 (Marco).
    expect(src.share).toEqual({ source: 'share', shares: 4, clicks: 21, views: 3, applied: 2, hired: 1 });
    expect(src.careers).toMatchObject({ views: 2, applied: 2, hired: 0 });
    expect(src.other).toMatchObject({ views: 1, applied: 0 });
    const fam = Object.fromEntries(j.byFamily.map((x) => [x.family, counts(x.steps)]));
    expect(fam.Produzione).toEqual({ views: 5, applied: 3, interview: 2, offer: 1, hired: 1, onboarded: 1, advocates: 1 });
    expect(fam.Logistica).toEqual({ views: 1, applied: 1, interview: 1, offer: 0, hired: 0, onboarded: 0, advocates: 0 });
    expect(j.byMonth).toHaveLength(3);
    expect(counts(j.byMonth[2].steps)).toEqual(counts(j.steps));
    expect(counts(j.byMonth[0].steps).applied).toBe(0);
    expect(j.origins[0]).toEqual({ name: f.anna.name, shares: 3, clicks: 14, applied: 2, hired: 1 });
    expect(j.origins[1]).toEqual({ name: 'Marco Neri', shares: 1, clicks: 7, applied: 0, hired: 0 });
    expect(j.hires).toEqual([
      expect.objectContaining({
        name: 'Marco Neri',
        origin: f.anna.name,
        source: 'share',
        family: 'Produzione',
        onboarding: { done: 1, total: 1 },
        firstShareClicks: 7,
      }),
    ]);
    expect(j.hires[0].firstShareAt).not.toBeNull();

    // The funnel agrees with the journey after the erasure.
    const fun = await ok<FunnelT>(f.hr.get('/api/recruiting/funnel'));
    const careers = fun.bySource.find((s) => s.source === 'careers');
    expect(careers).toMatchObject({ total: 2, reached: expect.objectContaining({ interview: 1, withdrawn: 1 }) });
    expect(fun.byJob.reduce((t, x) => t + x.total, 0)).toBe(4);

    // The CSV: aggregates in the reader's language, no candidate names.
    const csv = await f.hr.get('/api/recruiting/journey.csv?months=3');
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Produzione;Assunzioni;1');
    expect(text).not.toContain('Marco');
    expect((await f.as.get('/api/recruiting/journey')).status).toBe(403);
    expect((await f.hr.get('/api/recruiting/journey?months=99')).status).toBe(400);
    // Views are counters only: no address or visitor hash is stored.
    const views = await tp.platform.db.select().from(jobViews).where(eq(jobViews.orgId, f.org.id));
    expect(Object.keys(views[0]).sort()).toEqual(['day', 'jobId', 'orgId', 'source', 'views']);
  });

  it('pays the share rung once per job and person, and feeds recognition with the ladder (not the share rung)', async () => {
    const f = await journeyFixture(tp);
    await awardSharePoints(tp.platform, f.org.id);
    await awardSharePoints(tp.platform, f.org.id);
    const shareRows = await tp.platform.db
      .select()
      .from(points)
      .where(and(eq(points.orgId, f.org.id), eq(points.kind, 'share')));
    const byPerson = (id: string) =>
      shareRows
        .filter((p) => p.personId === id)
        .map((p) => p.subjectId)
        .sort();
    expect(byPerson(f.anna.id)).toEqual([f.jobA.id, f.jobB.id].sort());
    expect(byPerson(f.marcoPerson.id)).toEqual([f.jobB.id]);
    expect(shareRows.every((p) => p.points === 5)).toBe(true);
    // Anna's ladder: two applications through her share (25 each), two interviews (75 each), one hire (100).
    const ledger = await tp.platform.db
      .select()
      .from(pointsLedger)
      .where(and(eq(pointsLedger.orgId, f.org.id), eq(pointsLedger.personId, f.anna.id)));
    expect(ledger.every((l) => l.kind === 'referral')).toBe(true);
    expect(ledger.reduce((t, l) => t + l.points, 0)).toBe(300);
  });
});
