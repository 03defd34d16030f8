import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ImpactT, SharingProfileT } from './contract';
import { shares } from './schema';
import { insertClicks, insertPost } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('your impact', () => {
  it('sums clicks per share, estimated reach from my audience sizes and my personalisation rate', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    const api = await signIn(tp, me.email);
    expect((await api.put('/api/me/sharing-profile', { rankingOptOut: false, audience: { linkedin: 500, x: 120 } })).status).toBe(
      200,
    );
    const { post } = await insertPost(tp, org.id, {
      title: 'Bilancio',
      captions: [{ locale: 'it', text: 'Un testo suggerito da copiare' }],
    });
    const li = await (
      await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Un testo suggerito da copiare' })
    ).json();
    const x = await (
      await api.post('/api/shares', { postId: post.id, network: 'x', text: 'Le mie parole, scritte da me per i miei follower' })
    ).json();
    const [liRow] = await tp.platform.db.select().from(shares).where(eq(shares.id, li.shareId));
    const [xRow] = await tp.platform.db.select().from(shares).where(eq(shares.id, x.shareId));
    const base = { orgId: org.id, postId: post.id, personId: me.id };
    await insertClicks(tp, { ...base, linkId: liRow.linkId, network: 'linkedin', clicks: 7, day: '2026-01-10' });
    await insertClicks(tp, { ...base, linkId: liRow.linkId, network: 'linkedin', clicks: 3, day: '2026-01-11' });
    await insertClicks(tp, { ...base, linkId: xRow.linkId, network: 'x', clicks: 2 });
    // Someone else's clicks never count as mine.
    const colleague = await createPerson(tp, org.id);
    const theirs = await (
      await (await signIn(tp, colleague.email)).post('/api/shares', { postId: post.id, network: 'x', text: 'Loro' })
    ).json();
    const [theirRow] = await tp.platform.db.select().from(shares).where(eq(shares.id, theirs.shareId));
    await insertClicks(tp, { ...base, personId: colleague.id, linkId: theirRow.linkId, network: 'x', clicks: 50 });

    const impact: ImpactT = await (await api.get('/api/me/impact')).json();
    expect(impact.totals).toEqual({ started: 2, confirmed: 0, clicks: 12, reach: 620, personalisationRate: 0.5 });
    const byNetwork = Object.fromEntries(impact.shares.map((s) => [s.network, s]));
    expect(byNetwork.linkedin).toMatchObject({ postTitle: 'Bilancio', clicks: 10, personalised: false, audienceSize: 500 });
    expect(byNetwork.x).toMatchObject({ clicks: 2, personalised: true, audienceSize: 120 });
  });

  it('starts empty', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    const impact: ImpactT = await (await (await signIn(tp, me.email)).get('/api/me/impact')).json();
    expect(impact).toEqual({
      totals: { started: 0, confirmed: 0, clicks: 0, reach: 0, personalisationRate: null },
      shares: [],
    });
  });
});

describe('sharing profile', () => {
  it('persists the content languages, ranking opt-out and audience sizes, per person', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    const api = await signIn(tp, me.email);
    expect(await (await api.get('/api/me/sharing-profile')).json()).toEqual({
      contentLanguages: ['it'],
      rankingOptOut: false,
      audience: {},
    });
    const saved: SharingProfileT = { contentLanguages: ['it', 'en'], rankingOptOut: true, audience: { linkedin: 850 } };
    expect(await (await api.put('/api/me/sharing-profile', saved)).json()).toEqual(saved);
    expect(await (await api.get('/api/me/sharing-profile')).json()).toEqual(saved);
    const colleague = await createPerson(tp, org.id);
    expect(await (await (await signIn(tp, colleague.email)).get('/api/me/sharing-profile')).json()).toEqual({
      contentLanguages: ['it'],
      rankingOptOut: false,
      audience: {},
    });
    expect((await api.put('/api/me/sharing-profile', { rankingOptOut: true, audience: { linkedin: -1 } })).status).toBe(400);
    // Reading no language at all would empty the feed: at least one.
    expect((await api.put('/api/me/sharing-profile', { ...saved, contentLanguages: [] })).status).toBe(400);
    // Languages left out stay as they were.
    await api.put('/api/me/sharing-profile', { rankingOptOut: false, audience: {} });
    expect((await (await api.get('/api/me/sharing-profile')).json()).contentLanguages).toEqual(['it', 'en']);
  });
});
