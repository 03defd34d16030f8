import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { shares } from '../sharing/schema';
import { insertClicks } from '../sharing/test-data';
import type { PostStatsT } from './contract';
import { postBody } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe("a post's statistics", () => {
  it('show shares started and confirmed and clicks, by network, by department and per day, for this post only', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody())).json();
    await api.post(`/api/posts/${post.id}/submit`);
    const other = await (await api.post('/api/posts', postBody())).json();
    await api.post(`/api/posts/${other.id}/submit`);

    const share = async (department: string, network: string, postId = post.id) => {
      const p = await createPerson(tp, org.id, { department });
      const res = await (await signIn(tp, p.email)).post('/api/shares', { postId, network, text: `Le mie parole ${network}` });
      const { shareId } = await res.json();
      const [row] = await tp.platform.db.select().from(shares).where(eq(shares.id, shareId));
      return { person: p, row, api: await signIn(tp, p.email) };
    };
    const a = await share('Produzione', 'linkedin');
    const b = await share('Produzione', 'whatsapp');
    const c = await share('Logistica', 'linkedin');
    const elsewhere = await share('Logistica', 'linkedin', other.id);
    await a.api.post(`/api/shares/${a.row.id}/answer`, { answer: 'posted' });
    await c.api.post(`/api/shares/${c.row.id}/answer`, { answer: 'changed_mind' });
    const today = new Date().toISOString().slice(0, 10);
    const clicks = (s: typeof a, n: number) =>
      insertClicks(tp, {
        orgId: org.id,
        linkId: s.row.linkId,
        postId: s.row.postId,
        personId: s.person.id,
        network: s.row.network,
        clicks: n,
        day: today,
      });
    await clicks(a, 7);
    await clicks(b, 2);
    await clicks(elsewhere, 50);

    const res = await api.get(`/api/posts/${post.id}/stats`);
    expect(res.status).toBe(200);
    const stats: PostStatsT = await res.json();
    expect(stats.post).toMatchObject({ id: post.id, title: 'Nuovo stabilimento a Brescia' });
    expect(stats.post.campaign).toMatch(/^nuovo-stabilimento-a-brescia-[0-9a-f]{6}$/);
    expect(stats.totals).toEqual({ started: 3, confirmed: 1, clicks: 9 });
    expect(stats.byNetwork).toEqual([
      { key: 'linkedin', started: 2, confirmed: 1, clicks: 7 },
      { key: 'whatsapp', started: 1, confirmed: 0, clicks: 2 },
    ]);
    expect(stats.byDepartment).toEqual([
      { key: 'Produzione', started: 2, confirmed: 1, clicks: 9 },
      { key: 'Logistica', started: 1, confirmed: 0, clicks: 0 },
    ]);
    expect(stats.series.at(-1)).toEqual({ day: today, started: 3, confirmed: 1, clicks: 9 });
  });

  it('are for the content hub only, and never for another organisation', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody())).json();
    const employee = await createPerson(tp, org.id);
    expect((await (await signIn(tp, employee.email)).get(`/api/posts/${post.id}/stats`)).status).toBe(403);
    const stranger = await adminOfNewOrg(tp);
    expect((await stranger.api.get(`/api/posts/${post.id}/stats`)).status).toBe(404);
  });
});
