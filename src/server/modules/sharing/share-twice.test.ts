import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ImpactT, ShareResultT } from './contract';
import { shares } from './schema';
import { insertPost } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

async function setup() {
  const org = await createOrg(tp);
  const me = await createPerson(tp, org.id);
  const { post } = await insertPost(tp, org.id, { url: 'https://example.com/brescia' });
  return { me, post, api: await signIn(tp, me.email) };
}

const impact = async (api: Awaited<ReturnType<typeof signIn>>): Promise<ImpactT> => (await api.get('/api/me/impact')).json();

describe('sharing the same thing twice', () => {
  it('records one share for 50 identical requests at once and answers each with the same share and link', async () => {
    const { post, api } = await setup();
    const body = { postId: post.id, network: 'linkedin', text: 'Il nuovo stabilimento è aperto!' };
    const burst = async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => api.post('/api/shares', body)));
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
      const answers: ShareResultT[] = await Promise.all(results.map((r) => r.json()));
      expect(new Set(answers.map((a) => a.shareId)).size).toBe(1);
      expect(new Set(answers.map((a) => a.link)).size).toBe(1);
      expect(new Set(answers.map((a) => a.intentUrl)).size).toBe(1);
    };
    await burst();
    expect((await impact(api)).totals.started).toBe(1);
    // Again with other words, now that my tracked link for this network exists (nothing else makes them wait).
    body.text = 'Andate a vedere il nuovo stabilimento';
    await burst();
    expect((await impact(api)).totals.started).toBe(2);
  });

  it('records a genuinely new share: another text at once, or the same text after the retry window', async () => {
    const { me, post, api } = await setup();
    const body = { postId: post.id, network: 'x', text: 'Da leggere' };
    const first: ShareResultT = await (await api.post('/api/shares', body)).json();
    const again: ShareResultT = await (await api.post('/api/shares', body)).json();
    expect(again.shareId).toBe(first.shareId);

    const other: ShareResultT = await (await api.post('/api/shares', { ...body, text: 'Da leggere, davvero' })).json();
    expect(other.shareId).not.toBe(first.shareId);
    const elsewhere: ShareResultT = await (await api.post('/api/shares', { ...body, network: 'whatsapp' })).json();
    expect(elsewhere.shareId).not.toBe(first.shareId);
    expect((await impact(api)).totals.started).toBe(3);

    // A minute later the same words on the same network are a new share (same tracked link).
    await tp.platform.db
      .update(shares)
      .set({ createdAt: sql`${shares.createdAt} - interval '1 minute'` })
      .where(eq(shares.personId, me.id));
    const later: ShareResultT = await (await api.post('/api/shares', body)).json();
    expect(later.shareId).not.toBe(first.shareId);
    expect(later.link).toBe(first.link);
    expect((await impact(api)).totals.started).toBe(4);
  });

  it('keeps colleagues apart: the same text by two people at once is two shares', async () => {
    const { post, api } = await setup();
    const [org] = [post.orgId];
    const colleague = await createPerson(tp, org);
    const other = await signIn(tp, colleague.email);
    const body = { postId: post.id, network: 'linkedin', text: 'Bella notizia' };
    const [a, b] = await Promise.all([api.post('/api/shares', body), other.post('/api/shares', body)]);
    expect((await a.json()).shareId).not.toBe((await b.json()).shareId);
  });
});
