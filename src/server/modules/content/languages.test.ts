import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { posts } from './schema';
import { postBody } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('a post in two languages', () => {
  it('keeps an Italian and an English version side by side, and lists the languages it is written in', async () => {
    const { api } = await adminOfNewOrg(tp);
    const res = await api.post(
      '/api/posts',
      postBody({
        texts: {
          it: { title: 'Nuovo stabilimento', body: 'Testo', previewTitle: 'Anteprima', previewDescription: 'Descrizione' },
          en: { title: 'New plant', body: 'Text', previewTitle: 'Preview', previewDescription: 'Description' },
        },
      }),
    );
    expect(res.status).toBe(200);
    const post = await res.json();
    expect(post.texts).toEqual({
      it: { title: 'Nuovo stabilimento', body: 'Testo', previewTitle: 'Anteprima', previewDescription: 'Descrizione' },
      en: { title: 'New plant', body: 'Text', previewTitle: 'Preview', previewDescription: 'Description' },
    });
    expect(post.languages).toEqual(['it', 'en']);
    // The editor's list shows the title in the editor's interface language and finds either title.
    const list = await (await api.get('/api/posts?q=new%20plant')).json();
    expect(list.items).toMatchObject([{ id: post.id, title: 'Nuovo stabilimento', languages: ['it', 'en'] }]);

    const englishOnly = await api.patch(`/api/posts/${post.id}`, { texts: { en: { title: 'New plant', body: 'Text' } } });
    expect(await englishOnly.json()).toMatchObject({ title: 'New plant', texts: { it: null }, languages: ['en'] });
  });

  it('refuses words without a title in one language, and a post without any title, naming the field', async () => {
    const { api } = await adminOfNewOrg(tp);
    const orphan = await api.post('/api/posts', postBody({ texts: { it: { title: 'Titolo' }, en: { body: 'Only a body' } } }));
    expect(orphan.status).toBe(400);
    const body = await orphan.json();
    expect(body.error.code).toBe('content.title_missing');
    expect(body.error.message).toMatch(/titolo/);
    expect(body.error.details).toEqual([{ path: 'texts.en.title', code: 'title_missing', message: 'title_missing' }]);
    const none = await api.post('/api/posts', postBody({ texts: { it: { title: '  ' } } }));
    expect((await none.json()).error).toMatchObject({ code: 'content.title_required', details: [{ path: 'texts.it.title' }] });
  });
});

describe('the audience of a post', () => {
  it('is counted live from a targeting, by the feed’s own rule (active people, departments, sites, people, language)', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    await createPerson(tp, org.id, { department: 'Produzione', site: 'Parma' });
    await createPerson(tp, org.id, { department: 'Produzione', site: 'Parma', locale: 'en' });
    await createPerson(tp, org.id, { department: 'Logistica', site: 'Piacenza' });
    await createPerson(tp, org.id, { department: 'Produzione', login: false });
    const count = async (targeting: object, language = 'all') =>
      (await api.post('/api/posts/audience-count', { targeting, language })).json();
    const everyone = { all: true, departments: [], sites: [], personIds: [] };
    // The admin who asks is an active person too.
    expect(await count(everyone)).toEqual({ people: 4, total: 4 });
    expect(await count({ ...everyone, all: false, departments: ['Produzione'] })).toEqual({ people: 2, total: 4 });
    expect(await count({ ...everyone, all: false, departments: ['Produzione'] }, 'en')).toEqual({ people: 1, total: 4 });
    // Spelt differently from the directory: nobody.
    expect(await count({ ...everyone, all: false, departments: ['produzione '] })).toMatchObject({ people: 0 });
  });

  it('asks for a confirmation before publishing a post that reaches nobody', async () => {
    const { api } = await adminOfNewOrg(tp);
    const post = await (
      await api.post('/api/posts', postBody({ targeting: { all: false, departments: ['Ufficio che non esiste'] } }))
    ).json();
    const refused = await api.post(`/api/posts/${post.id}/submit`);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe('content.no_audience');
    expect((await (await api.get(`/api/posts/${post.id}`)).json()).status).toBe('draft');
    const confirmed = await api.post(`/api/posts/${post.id}/submit`, { confirmNoAudience: true });
    expect((await confirmed.json()).status).toBe('published');
  });
});

describe('the campaign slug', () => {
  it('is readable, unique to the post, and fixed once set even when the title changes', async () => {
    const { api } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody({ texts: { it: { title: 'Perché è già Natale!' } } }))).json();
    expect(post.campaign).toBeNull();
    const { ensureCampaign } = await import('./ensure-campaign');
    const [row] = await tp.platform.db.select().from(posts).where(eq(posts.id, post.id));
    const ctx = { orgId: row.orgId, actor: null, db: tp.platform.db, platform: tp.platform, locale: 'it' as const };
    const slug = await ensureCampaign(ctx, row);
    expect(slug).toBe(`perche-e-gia-natale-${post.id.replace(/-/g, '').slice(0, 6)}`);
    await api.patch(`/api/posts/${post.id}`, { texts: { it: { title: 'Un altro titolo' } } });
    const [after] = await tp.platform.db.select().from(posts).where(eq(posts.id, post.id));
    expect(await ensureCampaign(ctx, after)).toBe(slug);
    expect((await (await api.get(`/api/posts/${post.id}`)).json()).campaign).toBe(slug);
  });
});
