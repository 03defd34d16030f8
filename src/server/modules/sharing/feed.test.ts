import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { organisations } from '../organisations/schema';
import type { FeedPageT, FeedPostT } from './contract';
import { insertPost } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const titles = (page: FeedPageT) => page.items.map((i) => i.title);

describe('my feed', () => {
  it('shows only published posts aimed at my department, site or me, in my language', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id, { department: 'Sales', site: 'Milano', locale: 'it' });
    await insertPost(tp, org.id, { title: 'Everyone' });
    await insertPost(tp, org.id, { title: 'Sales only', targets: [{ kind: 'department', value: 'Sales' }] });
    await insertPost(tp, org.id, { title: 'Ops only', targets: [{ kind: 'department', value: 'Ops' }] });
    await insertPost(tp, org.id, { title: 'Milano', targets: [{ kind: 'site', value: 'Milano' }] });
    await insertPost(tp, org.id, { title: 'Just me', targets: [{ kind: 'person', value: me.id }] });
    await insertPost(tp, org.id, { title: 'English', language: 'en' });
    await insertPost(tp, org.id, { title: 'Italiano', language: 'it' });
    await insertPost(tp, org.id, { title: 'Draft', status: 'draft' });
    const api = await signIn(tp, me.email);
    const res = await api.get('/api/feed');
    expect(res.status).toBe(200);
    expect(titles(await res.json()).sort()).toEqual(['Everyone', 'Italiano', 'Just me', 'Milano', 'Sales only']);
  });

  it('puts posts I have not shared first, each group newest first, and pages through both', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    const base = Date.now() - 100 * 60_000;
    const made = [];
    for (let i = 0; i < 23; i++)
      made.push(await insertPost(tp, org.id, { title: `P${i}`, publishedAt: new Date(base + i * 60_000) }));
    const api = await signIn(tp, me.email);
    for (const i of [22, 21]) {
      const res = await api.post('/api/shares', {
        postId: made[i].post.id,
        network: 'linkedin',
        text: 'My own words about this',
      });
      expect(res.status).toBe(200);
    }
    const first: FeedPageT = await (await api.get('/api/feed')).json();
    expect(titles(first)).toEqual(Array.from({ length: 20 }, (_, k) => `P${20 - k}`));
    expect(first.items[0].myShares).toEqual([]);
    expect(first.nextCursor).toBeTruthy();
    const second: FeedPageT = await (await api.get(`/api/feed?before=${encodeURIComponent(first.nextCursor ?? '')}`)).json();
    expect(titles(second)).toEqual(['P0', 'P22', 'P21']);
    expect(second.items[1].myShares).toEqual(['linkedin']);
    expect(second.nextCursor).toBeNull();
  });

  it('keeps the card small: host, preview image and a short body', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    await insertPost(tp, org.id, { url: 'https://www.voce.example/blog/x?utm=1' });
    const page: FeedPageT = await (await (await signIn(tp, me.email)).get('/api/feed')).json();
    expect(page.items[0].urlHost).toBe('voce.example');
    expect(page.items[0].preview).toEqual({ title: null, description: null, imageUrl: null });
  });

  it('answers garbage cursors with 400', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    expect((await (await signIn(tp, me.email)).get('/api/feed?before=zzz')).status).toBe(400);
  });
});

describe('a post of my feed', () => {
  it('gives the suggestions in my language, the disclosure, blocked words and network limits', async () => {
    const org = await createOrg(tp);
    await tp.platform.db
      .update(organisations)
      .set({ settings: { disclosure: '#dipendente', blockedWords: ['gratis'] } })
      .where(eq(organisations.id, org.id));
    const me = await createPerson(tp, org.id, { locale: 'en' });
    const { post } = await insertPost(tp, org.id, {
      captions: [
        { locale: 'it', text: 'Ciao' },
        { locale: 'en', network: 'x', text: 'Hello X' },
        { locale: 'en', text: 'Hello all' },
      ],
    });
    const res = await (await signIn(tp, me.email)).get(`/api/feed/${post.id}`);
    expect(res.status).toBe(200);
    const body: FeedPostT = await res.json();
    expect(body.captions.map((c) => c.text).sort()).toEqual(['Hello X', 'Hello all']);
    expect(body.disclosure).toBe('#dipendente');
    expect(body.blockedWords).toEqual(['gratis']);
    expect(body.limits.x).toBe(280);
    expect(body.post.body).toBe('Body text');
  });

  it('falls back to the other language when mine has no suggestion', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id, { locale: 'en' });
    const { post } = await insertPost(tp, org.id, { captions: [{ locale: 'it', text: 'Solo italiano' }] });
    const body: FeedPostT = await (await (await signIn(tp, me.email)).get(`/api/feed/${post.id}`)).json();
    expect(body.captions.map((c) => c.text)).toEqual(['Solo italiano']);
  });

  it('is not found when the post is not aimed at me or belongs to another organisation', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id, { department: 'Sales' });
    const { post: ops } = await insertPost(tp, org.id, { targets: [{ kind: 'department', value: 'Ops' }] });
    const other = await createOrg(tp);
    const { post: foreign } = await insertPost(tp, other.id);
    const api = await signIn(tp, me.email);
    expect((await api.get(`/api/feed/${ops.id}`)).status).toBe(404);
    expect((await api.get(`/api/feed/${foreign.id}`)).status).toBe(404);
    expect((await api.get('/api/feed')).status).toBe(200);
    expect(titles(await (await api.get('/api/feed')).json())).toEqual([]);
  });
});
