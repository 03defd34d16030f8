import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { future, past, postBody, titled } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const errorCode = async (res: Response) => (await res.json()).error.code;

describe('creating and editing posts', () => {
  it('creates a draft with captions in order and an audience, and finds it in the list', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const person = await createPerson(tp, org.id, { department: 'Sales' });
    const res = await api.post(
      '/api/posts',
      postBody({ targeting: { all: false, departments: ['Sales'], sites: ['Milano'], personIds: [person.id] } }),
    );
    expect(res.status).toBe(200);
    const post = await res.json();
    expect(post.status).toBe('draft');
    expect(post.createdByName).toBe('Ada Admin');
    expect(post.captions.map((c: { text: string }) => c.text)).toEqual([
      'Orgogliosa del nuovo stabilimento!',
      'Una bella notizia da Brescia.',
      'Our new plant is open.',
    ]);
    expect(post.targeting).toEqual({ all: false, departments: ['Sales'], sites: ['Milano'], personIds: [person.id] });
    const list = await (await api.get('/api/posts?status=draft&q=brescia')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([post.id]);
    expect(list.counts.draft).toBe(1);
  });

  it('replaces captions as a whole on save', async () => {
    const { api } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody())).json();
    const res = await api.patch(`/api/posts/${post.id}`, {
      captions: [{ locale: 'en', network: 'linkedin', text: 'Only this one' }],
    });
    expect(res.status).toBe(200);
    const got = await (await api.get(`/api/posts/${post.id}`)).json();
    expect(got.captions).toMatchObject([{ locale: 'en', network: 'linkedin', text: 'Only this one', position: 0 }]);
  });

  it('refuses a link that is not http/https with its own code', async () => {
    const { api } = await adminOfNewOrg(tp);
    for (const url of ['javascript:alert(1)', 'ftp://example.com/x', 'not a url']) {
      const res = await api.post('/api/posts', postBody({ url }));
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('content.invalid_url');
    }
  });

  it('refuses an expiry before the publication time, in the reader language', async () => {
    const { api } = await adminOfNewOrg(tp);
    const res = await api.post('/api/posts', postBody({ publishAt: future(120), expireAt: future(60) }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('content.expire_before_publish');
    expect(body.error.message).toMatch(/scadenza/);
  });

  it('refuses a selected audience with nobody in it, and people of another organisation', async () => {
    const { api } = await adminOfNewOrg(tp);
    const empty = await api.post(
      '/api/posts',
      postBody({ targeting: { all: false, departments: [], sites: [], personIds: [] } }),
    );
    expect(await errorCode(empty)).toBe('content.empty_audience');
    const other = await adminOfNewOrg(tp);
    const res = await api.post('/api/posts', postBody({ targeting: { all: false, personIds: [other.admin.id] } }));
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('content.unknown_person');
  });

  it('answers 400 to a bad caption network and to a garbage id', async () => {
    const { api } = await adminOfNewOrg(tp);
    const res = await api.post('/api/posts', postBody({ captions: [{ locale: 'it', network: 'myspace', text: 'x' }] }));
    expect(res.status).toBe(400);
    expect((await api.get('/api/posts/not-a-uuid')).status).toBe(400);
  });

  it('keeps the destination link of a published post but lets captions change', async () => {
    const { api } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody())).json();
    expect((await (await api.post(`/api/posts/${post.id}/submit`)).json()).status).toBe('published');
    const captions = await api.patch(`/api/posts/${post.id}`, {
      captions: [{ locale: 'it', network: 'any', text: 'Nuova didascalia' }],
    });
    expect(captions.status).toBe(200);
    const url = await api.patch(`/api/posts/${post.id}`, { url: 'https://example.com/other' });
    expect(url.status).toBe(409);
    expect(await errorCode(url)).toBe('content.url_locked');
  });

  it('forbids employees and managers from the content hub', async () => {
    const { org } = await adminOfNewOrg(tp);
    for (const roles of [['employee'], ['manager'], ['hr']] as const) {
      const p = await createPerson(tp, org.id, { roles: [...roles] });
      const api = await signIn(tp, p.email);
      expect((await api.get('/api/posts')).status).toBe(403);
      expect((await api.post('/api/posts', postBody())).status).toBe(403);
    }
  });

  it('lets an editor create and archive; an archived post cannot be archived again', async () => {
    const { org } = await adminOfNewOrg(tp);
    const editor = await createPerson(tp, org.id, { roles: ['editor'] });
    const api = await signIn(tp, editor.email);
    const post = await (await api.post('/api/posts', postBody({ publishAt: past(), expireAt: future() }))).json();
    const archived = await api.delete(`/api/posts/${post.id}`);
    expect((await archived.json()).status).toBe('archived');
    const again = await api.delete(`/api/posts/${post.id}`);
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('content.invalid_transition');
    expect((await api.patch(`/api/posts/${post.id}`, titled('x'))).status).toBe(409);
  });

  it('never shows a post of another organisation', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const post = await (await a.api.post('/api/posts', postBody())).json();
    expect((await b.api.get(`/api/posts/${post.id}`)).status).toBe(404);
    expect((await b.api.patch(`/api/posts/${post.id}`, titled('hijack'))).status).toBe(404);
    expect((await (await b.api.get('/api/posts')).json()).total).toBe(0);
  });

  it('finds active people of my organisation by name for person targeting', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const giulia = await createPerson(tp, org.id, { name: 'Giulia Bianchi', department: 'Sales' });
    await createPerson(tp, org.id, { name: 'Giulia Invitata', login: false });
    const other = await adminOfNewOrg(tp);
    await createPerson(tp, other.org.id, { name: 'Giulia Altrove' });
    const res = await api.get('/api/posts/audience-search?q=giulia');
    expect(res.status).toBe(200);
    expect((await res.json()).items).toEqual([{ id: giulia.id, name: 'Giulia Bianchi', department: 'Sales' }]);
  });
});
