import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { FeedPageT, FeedPostT } from './contract';
import { insertPost } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const titles = (page: FeedPageT) => page.items.map((i) => i.title).sort();

describe('the languages of the feed', () => {
  it('shows each reader the version in the language they read, falling back to the other', async () => {
    const org = await createOrg(tp);
    const italian = await createPerson(tp, org.id, { locale: 'it' });
    const english = await createPerson(tp, org.id, { locale: 'en' });
    const { post } = await insertPost(tp, org.id, {
      title: 'Nuovo impianto a Parma',
      titleEn: 'A new plant in Parma',
      captions: [
        { locale: 'it', text: 'Il nostro nuovo impianto' },
        { locale: 'en', text: 'Our new plant' },
      ],
    });
    await insertPost(tp, org.id, { title: 'Solo in italiano' });

    const en: FeedPageT = await (await (await signIn(tp, english.email)).get('/api/feed')).json();
    expect(en.items.map((i) => [i.title, i.locale]).sort()).toEqual([
      ['A new plant in Parma', 'en'],
      ['Solo in italiano', 'it'],
    ]);
    const one: FeedPostT = await (await (await signIn(tp, english.email)).get(`/api/feed/${post.id}`)).json();
    expect(one.post.body).toBe('English body');
    expect(one.captions.map((c) => c.text)).toEqual(['Our new plant']);
    const it: FeedPageT = await (await (await signIn(tp, italian.email)).get('/api/feed')).json();
    expect(titles(it)).toEqual(['Nuovo impianto a Parma', 'Solo in italiano']);
  });

  it('does not change which posts I see when I switch the interface language', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id, { locale: 'it' });
    await insertPost(tp, org.id, { title: 'Per chi legge italiano', language: 'it' });
    await insertPost(tp, org.id, { title: 'For English readers', language: 'en' });
    await insertPost(tp, org.id, { title: 'Per tutti', titleEn: 'For everyone' });
    const api = await signIn(tp, me.email);
    const before = await (await api.get('/api/feed')).json();
    expect(titles(before)).toEqual(['Per chi legge italiano', 'Per tutti']);
    expect((await api.patch('/api/me', { locale: 'en' })).status).toBe(200);
    const after: FeedPageT = await (await api.get('/api/feed')).json();
    // The same posts, and still in Italian: the content language did not move with the menus.
    expect(titles(after)).toEqual(['Per chi legge italiano', 'Per tutti']);
  });

  it('follows the content languages I choose, and shows a bilingual reader the version in their menu language', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id, { locale: 'it' });
    await insertPost(tp, org.id, { title: 'Per chi legge italiano', language: 'it' });
    await insertPost(tp, org.id, { title: 'For English readers', language: 'en' });
    await insertPost(tp, org.id, { title: 'Per tutti', titleEn: 'For everyone' });
    const api = await signIn(tp, me.email);
    const profile = { contentLanguages: ['it', 'en'], rankingOptOut: false, audience: {} };
    expect((await api.put('/api/me/sharing-profile', profile)).status).toBe(200);
    expect(titles(await (await api.get('/api/feed')).json())).toEqual([
      'For English readers',
      'Per chi legge italiano',
      'Per tutti',
    ]);
    await api.patch('/api/me', { locale: 'en' });
    expect(titles(await (await api.get('/api/feed')).json())).toEqual([
      'For English readers',
      'For everyone',
      'Per chi legge italiano',
    ]);
    await api.put('/api/me/sharing-profile', { ...profile, contentLanguages: ['en'] });
    expect(titles(await (await api.get('/api/feed')).json())).toEqual(['For English readers', 'For everyone']);
  });
});

describe('tracked links', () => {
  it('are built from PUBLIC_URL, never from the Host header of the request', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    const { post } = await insertPost(tp, org.id, { title: 'Bilancio' });
    const api = await signIn(tp, me.email);
    const res = await api.post(
      '/api/shares',
      { postId: post.id, network: 'whatsapp', text: 'Le mie parole' },
      { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.link.startsWith(`${tp.platform.config.publicUrl}/l/`)).toBe(true);
    expect(body.intentUrl).not.toContain('evil.example');
  });
});
