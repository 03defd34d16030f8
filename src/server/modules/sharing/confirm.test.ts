import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ImpactT, PendingSharesT } from './contract';
import { shares } from './schema';
import { insertPost } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** A signed-in employee who started one share of a fresh post to LinkedIn. */
async function started(network = 'linkedin') {
  const org = await createOrg(tp);
  const me = await createPerson(tp, org.id);
  const { post } = await insertPost(tp, org.id, { title: 'Bilancio di sostenibilità' });
  const api = await signIn(tp, me.email);
  const res = await api.post('/api/shares', { postId: post.id, network, text: 'Le mie parole sul bilancio' });
  expect(res.status).toBe(200);
  const { shareId } = (await res.json()) as { shareId: string };
  return { org, me, post, api, shareId };
}

const pending = async (api: Awaited<ReturnType<typeof signIn>>): Promise<PendingSharesT> =>
  (await api.get('/api/me/shares/pending')).json();
const impact = async (api: Awaited<ReturnType<typeof signIn>>): Promise<ImpactT> => (await api.get('/api/me/impact')).json();

describe('"did you post it?"', () => {
  it('counts a share as started when the window opens, and as confirmed only when the person says so', async () => {
    const { api, shareId } = await started();
    expect((await impact(api)).totals).toMatchObject({ started: 1, confirmed: 0 });
    expect((await pending(api)).items).toMatchObject([
      { id: shareId, postTitle: 'Bilancio di sostenibilità', status: 'started' },
    ]);

    const res = await api.post(`/api/shares/${shareId}/answer`, { answer: 'posted' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ shareId, status: 'confirmed' });
    const after = await impact(api);
    expect(after.totals).toMatchObject({ started: 1, confirmed: 1 });
    expect(after.shares[0].status).toBe('confirmed');
    expect((await pending(api)).items).toEqual([]);

    const again = await api.post(`/api/shares/${shareId}/answer`, { answer: 'changed_mind' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('sharing.already_answered');
  });

  it('asks again a day after "not yet"; "I changed my mind" keeps it started, never confirmed', async () => {
    const { api, shareId } = await started('whatsapp');
    expect((await (await api.post(`/api/shares/${shareId}/answer`, { answer: 'not_yet' })).json()).status).toBe('not_yet');
    expect((await pending(api)).items).toEqual([]);
    await tp.platform.db.update(shares).set({ answeredAt: sql`now() - interval '21 hours'` }).where(eq(shares.id, shareId));
    expect((await pending(api)).items).toMatchObject([{ id: shareId, status: 'not_yet', network: 'whatsapp' }]);

    expect((await (await api.post(`/api/shares/${shareId}/answer`, { answer: 'changed_mind' })).json()).status).toBe('cancelled');
    expect((await impact(api)).totals).toMatchObject({ started: 1, confirmed: 0 });
    expect((await pending(api)).items).toEqual([]);
  });

  it('stops asking about shares older than a week', async () => {
    const { api, shareId } = await started();
    await tp.platform.db.update(shares).set({ createdAt: sql`now() - interval '8 days'` }).where(eq(shares.id, shareId));
    expect((await pending(api)).items).toEqual([]);
  });

  it('takes exactly one of two answers given at the same time (two tabs)', async () => {
    for (let round = 0; round < 3; round++) {
      const { api, shareId } = await started();
      const [a, b] = await Promise.all([
        api.post(`/api/shares/${shareId}/answer`, { answer: 'posted' }),
        api.post(`/api/shares/${shareId}/answer`, { answer: 'changed_mind' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = (await (a.status === 200 ? a : b).json()).status;
      const [row] = await tp.platform.db.select().from(shares).where(eq(shares.id, shareId));
      expect(row.status).toBe(winner);
    }
  });

  it("never answers for someone else's share", async () => {
    const { org, shareId } = await started();
    const colleague = await createPerson(tp, org.id);
    const theirs = await signIn(tp, colleague.email);
    expect((await theirs.post(`/api/shares/${shareId}/answer`, { answer: 'posted' })).status).toBe(404);
    expect((await theirs.post(`/api/shares/${shareId}/answer`, { answer: 'maybe' })).status).toBe(400);
    const [row] = await tp.platform.db.select().from(shares).where(eq(shares.id, shareId));
    expect(row.status).toBe('started');
  });
});
