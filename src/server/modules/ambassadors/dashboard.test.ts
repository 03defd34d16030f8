import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { sharerProfiles } from '../sharing/schema';
import type { DashboardT } from './contract';
import { type PlanCandidate, planRotation } from './planner';
import { members } from './schema';
import { memberOf, programmeOrg, shareWithClicks } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('programme dashboard and export', { timeout: 120_000 }, () => {
  it('counts applications, acceptance, members and coverage by family; exports the members as CSV', async () => {
    const s = await programmeOrg(tp, { seats: 5 });
    await memberOf(tp, s, { jobFamily: 'Produzione', site: 'Parma' });
    const declined = await s.employee({ jobFamily: 'Logistica', site: 'Piacenza' });
    const { id } = (await (
      await declined.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Vorrei provarci' })
    ).json()) as { id: string };
    await s.api.post(`/api/programmes/${s.programme.id}/candidates/${id}/decision`, { decision: 'decline', reason: 'Non ora' });

    const res = await s.api.get(`/api/programmes/${s.programme.id}/dashboard`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as DashboardT;
    expect(d.activeMembers).toBe(1);
    expect(d.applications).toMatchObject({ accepted: 1, declined: 1 });
    expect(d.acceptanceRate).toBeCloseTo(0.5);
    expect(d.coverage.families.find((f) => f.name === 'Produzione')?.members).toBe(1);
    expect(d.coverage.families.find((f) => f.name === 'Logistica')?.members ?? 0).toBe(0);

    const csv = await s.api.get(`/api/programmes/${s.programme.id}/members.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split(/\r\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Produzione');

    // An employee sees neither.
    expect((await declined.api.get(`/api/programmes/${s.programme.id}/dashboard`)).status).toBe(403);
    expect((await declined.api.get(`/api/programmes/${s.programme.id}/members.csv`)).status).toBe(403);
  });
});

describe('coverage against the eligible population', { timeout: 120_000 }, () => {
  it('counts the eligible by family and site as the rules say; a manager sees their team only', async () => {
    const s = await programmeOrg(tp, { seats: 5, eligibility: { minTenureMonths: 6, sites: ['Parma'] } });
    const yearsAgo = new Date(Date.now() - 800 * 86_400_000).toISOString().slice(0, 10);
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const boss = await s.employee({ roles: ['employee', 'manager'], jobFamily: 'Qualità', site: 'Parma', hireDate: yearsAgo });
    const team = { managerId: boss.person.id, site: 'Parma' };
    await s.employee({ ...team, jobFamily: 'Produzione', hireDate: yearsAgo });
    await s.employee({ ...team, jobFamily: 'Produzione' }); // hire date unknown: not held against anyone
    await s.employee({ ...team, jobFamily: 'Produzione', hireDate: lastMonth }); // too recent
    await s.employee({ jobFamily: 'Produzione', site: 'Piacenza', hireDate: yearsAgo }); // another site
    await s.employee({ jobFamily: 'Logistica', site: 'Parma', hireDate: yearsAgo }); // not in the boss's team

    const all = (await (await s.api.get(`/api/programmes/${s.programme.id}/dashboard`)).json()) as DashboardT;
    const eligible = (d: DashboardT) => Object.fromEntries(d.coverage.families.map((f) => [f.name, f.eligible]));
    expect(eligible(all)).toEqual({ Logistica: 1, Produzione: 2, Qualità: 1 });
    expect(all.coverage.sites).toEqual([{ name: 'Parma', eligible: 4, members: 0 }]);
    const mine = (await (await boss.api.get(`/api/programmes/${s.programme.id}/dashboard`)).json()) as DashboardT;
    expect(mine.team).toBe(true);
    expect(eligible(mine)).toEqual({ Produzione: 2 });
  });
});

describe('activity, retention and concentration', { timeout: 120_000 }, () => {
  // Every figure pinned on a small programme, so that a change in how they are read (rollups, aggregates in the
  // database) shows here first. Clicks fall well inside the three 30-day periods (10, 40, 45, 75 and 80 days ago).
  const DAY = 86_400_000;
  const clicksOn = (daysAgo: number, n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => ({
      hash: `${tag}${daysAgo}-${i}`,
      at: new Date(Date.now() - daysAgo * DAY - i * 60_000),
    }));
  const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

  it('counts current members only for activity, every seat holder for concentration and retention', async () => {
    const s = await programmeOrg(tp, { seats: 5 });
    const a = await memberOf(tp, s, { jobFamily: 'Produzione', site: 'Parma' });
    const b = await memberOf(tp, s, { jobFamily: 'Qualità', site: 'Parma' });
    const c = await memberOf(tp, s, { jobFamily: 'Logistica', site: 'Piacenza' });
    const db = tp.platform.db;
    // b has moved to the alumni: still sharing, counted in concentration and retention, not in activity.
    await db.update(members).set({ status: 'alumni', endedAt: new Date() }).where(eq(members.personId, b.person.id));
    await db.insert(sharerProfiles).values({ orgId: s.org.id, personId: a.person.id, audience: { linkedin: 300 } });
    await shareWithClicks(tp, s.org.id, a.person.id, { visitors: [...clicksOn(10, 6, 'a'), ...clicksOn(40, 2, 'a')] });
    await shareWithClicks(tp, s.org.id, b.person.id, {
      visitors: [...clicksOn(45, 3, 'b'), ...clicksOn(75, 1, 'b')],
      createdAt: new Date(Date.now() - 45 * DAY),
    });
    await shareWithClicks(tp, s.org.id, b.person.id);
    await shareWithClicks(tp, s.org.id, c.person.id, { visitors: clicksOn(80, 3, 'c') });

    const d = (await (await s.api.get(`/api/programmes/${s.programme.id}/dashboard`)).json()) as DashboardT;
    expect(d.activeMembers).toBe(2);
    expect(d.readyMembers).toBe(1);
    expect(d.activity).toEqual({ shares30: 2, clicks30: 6, sharingMembers30: 2 });
    expect(d.retention).toHaveLength(1);
    expect(d.retention[0]).toMatchObject({ members: 3, stillSharing: 3 });
    expect(d.coverage.families.map((f) => [f.name, f.members])).toEqual([
      ['Logistica', 1],
      ['Produzione', 1],
      ['Qualità', 0],
    ]);
    // 90 days: a 8, b 4, c 3; the periods from the oldest: b 1 / c 3, a 2 / b 3, a 6.
    expect(d.concentration.topMemberShare).toBeCloseTo(8 / 15);
    const now = Date.now();
    expect(d.concentration.trend.map((t) => t.until)).toEqual([dayOf(now - 60 * DAY), dayOf(now - 30 * DAY), dayOf(now)]);
    expect(d.concentration.trend.map((t) => t.topMemberShare)).toEqual([0.75, 0.6, 1]);
  });
});

describe('the planner at scale', () => {
  // Its speed is recorded in docs/benchmarks.md, not asserted here: this machine is shared and noisy.
  it('plans 5,000 candidates across 40 families, one seat for each family first', () => {
    const pool: PlanCandidate[] = Array.from({ length: 5000 }, (_, i) => ({
      applicationId: `${i}`,
      person: { id: `${i}`, name: `P${i}`, department: `D${i % 25}`, site: `S${i % 7}`, jobFamily: `F${i % 40}` },
      waitlisted: i % 9 === 0,
      score: (i % 5) + 1,
      recentMember: i % 11 === 0,
      highClicks: i % 13 === 0,
      createdAt: i,
    }));
    const out = planRotation(60, pool);
    expect(out).toHaveLength(60);
    expect(new Set(out.slice(0, 40).map((p) => p.person.jobFamily)).size).toBe(40);
  });
});
