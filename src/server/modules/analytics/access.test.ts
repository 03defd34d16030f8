import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { knownOrg, MARCH, overview } from './known-org';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('analytics access and validation', () => {
  it('shows a manager only their team (direct and indirect reports), whatever they ask for', async () => {
    const k = await knownOrg(tp);
    const api = await signIn(tp, k.m.email);
    const o = await overview(api, `${MARCH}&scope=org`);
    expect(o.scope).toBe('team');
    expect([o.kpis.shares, o.kpis.clicks, o.kpis.eligible, o.kpis.activeAmbassadors]).toEqual([3, 60, 2, 2]);
    expect(o.topAmbassadors.map((a) => a.name)).toEqual(['Anna Rossi', 'Bruno Bianchi']);
    const ops = await overview(api, `${MARCH}&department=Ops`);
    expect([ops.kpis.shares, ops.kpis.clicks, ops.kpis.eligible]).toEqual([0, 0, 0]);
  });

  it('shows an admin their own team on request, and refuses the team view to whoever has no team right', async () => {
    const k = await knownOrg(tp);
    const o = await overview(await signIn(tp, k.admin.email), `${MARCH}&scope=team`);
    expect([o.scope, o.kpis.shares, o.kpis.eligible]).toEqual(['team', 0, 0]);
    const editor = await createPerson(tp, k.org.id, { roles: ['editor'] });
    const res = await (await signIn(tp, editor.email)).get(`/api/analytics/overview?${MARCH}&scope=team`);
    expect(res.status).toBe(403);
    expect((await overview(await signIn(tp, editor.email), MARCH)).kpis.shares).toBe(4);
  });

  it('refuses employees with 403', async () => {
    const k = await knownOrg(tp);
    const res = await (await signIn(tp, k.d.email)).get(`/api/analytics/overview?${MARCH}`);
    expect(res.status).toBe(403);
  });

  it('answers invalid periods with 400 and a localised message', async () => {
    const k = await knownOrg(tp);
    const api = await signIn(tp, k.admin.email);
    for (const q of [
      'from=2026-02-30&to=2026-03-01',
      'from=yesterday',
      'from=2026-03-10&to=2026-03-01',
      'from=2025-01-01&to=2026-03-01',
    ]) {
      const res = await api.get(`/api/analytics/overview?${q}`);
      expect(res.status, q).toBe(400);
    }
    const res = await api.get('/api/analytics/overview?from=2025-01-01&to=2026-03-01');
    expect((await res.json()).error.message).toBe('Choose a period of at most 366 days.');
  });
});
