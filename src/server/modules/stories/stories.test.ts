import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { memberOf, programmeOrg } from '../ambassadors/test-data';
import { addShare } from '../analytics/test-data';
import { posts } from '../content/schema';
import { mailMessages } from '../mail/schema';
import { type Api, jpegWithGps, storyBody, storyOrg, uploadPhoto } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

async function submit(api: Api, over: Record<string, unknown> = {}) {
  const res = await api.post('/api/stories', storyBody(over));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()).id as string;
}

const mailsTo = (orgId: string, to: string) =>
  tp.platform.db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.orgId, orgId), eq(mailMessages.to, to)));

describe('employee stories', () => {
  it('goes from submission to a published post credited to its author, with the author’s state and reach', async () => {
    const { org, editor, author, luca, authorApi, lucaApi } = await storyOrg(tp);
    const { key } = await (await uploadPhoto(authorApi, await jpegWithGps())).json();
    const id = await submit(authorApi, { photoKeys: [key], tagIds: [luca.id], link: 'https://example.com/turno' });
    expect((await mailsTo(org.id, luca.email)).map((m) => m.template)).toEqual(['story_tagged']);

    const queue = await (await editor.get('/api/stories/queue')).json();
    expect(queue.items).toMatchObject([
      { id, status: 'pending', author: { name: 'Giulia Verdi' }, tags: [{ name: 'Luca Neri' }] },
    ]);
    expect((await lucaApi.get('/api/stories/queue')).status).toBe(403);

    const approved = await editor.post(`/api/stories/${id}/approve`, {
      captions: [{ locale: 'it', text: 'Guardate che squadra!' }],
    });
    expect(approved.status).toBe(200);
    const { postId } = await approved.json();
    const feed = await (await lucaApi.get('/api/feed')).json();
    const item = feed.items.find((i: { id: string }) => i.id === postId);
    expect(item.title).toBe('Storia di Giulia Verdi');
    expect(item.body).toContain('Orgogliosa di lavorare');
    expect(item.body).toContain('Con Luca Neri');
    const post = await (await editor.get(`/api/posts/${postId}`)).json();
    expect(post).toMatchObject({
      status: 'published',
      url: 'https://example.com/turno',
      texts: { en: { title: 'Story by Giulia Verdi' } },
    });
    expect(post.imageUrl).toBeTruthy();

    const share = await lucaApi.post('/api/shares', { postId, network: 'linkedin', text: 'Che bella storia dei colleghi!' });
    expect(share.status).toBe(200);
    // The author's own share of her story counts as personal, even with the suggested caption; a colleague's does not.
    const own = await authorApi.post('/api/shares', { postId, network: 'linkedin', text: 'Guardate che squadra!' });
    expect((await own.json()).personalised).toBe(true);
    const copied = await lucaApi.post('/api/shares', { postId, network: 'x', text: 'Guardate che squadra!' });
    expect((await copied.json()).personalised).toBe(false);
    const mine = await (await authorApi.get('/api/stories/mine')).json();
    expect(mine).toMatchObject({ maySubmit: true, items: [{ id, status: 'approved', postId, reach: { shares: 3, clicks: 0 } }] });
    expect(mine.items[0].history.map((h: { action: string }) => h.action)).toEqual(['submitted', 'approved']);
    expect((await mailsTo(org.id, author.email)).map((m) => m.template)).toEqual(['story_approved']);
    // Once approved, every member sees the photos.
    expect((await lucaApi.get(mine.items[0].photos[0].url)).status).toBe(200);
  });

  it('removes a declined tag before publication', async () => {
    const { editor, luca, sara, authorApi, lucaApi } = await storyOrg(tp);
    const id = await submit(authorApi, { tagIds: [luca.id, sara.id] });
    const tagged = await (await lucaApi.get('/api/stories/tagged')).json();
    expect(tagged.items).toMatchObject([{ id, author: 'Giulia Verdi', declined: false }]);
    expect((await lucaApi.post(`/api/stories/${id}/decline-tag`)).status).toBe(200);
    const { postId } = await (await editor.post(`/api/stories/${id}/approve`, {})).json();
    const post = await (await editor.get(`/api/posts/${postId}`)).json();
    expect(post.texts.it.body).toContain('Sara Blu');
    expect(post.texts.it.body).not.toContain('Luca Neri');
    const story = await (await editor.get(`/api/stories/${id}`)).json();
    expect(story.tags.map((t: { name: string }) => t.name)).toEqual(['Sara Blu']);
  });

  it('lets exactly one of two moderators decide (409 for the other)', async () => {
    const { org, editor, authorApi } = await storyOrg(tp);
    const other = await signIn(tp, (await createPerson(tp, org.id, { roles: ['editor'] })).email);
    const id = await submit(authorApi);
    const results = await Promise.all([
      editor.post(`/api/stories/${id}/approve`, {}),
      other.post(`/api/stories/${id}/decline`, { note: 'Non adatta' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const twice = await Promise.all([
      editor.post(`/api/stories/${id}/approve`, {}),
      other.post(`/api/stories/${id}/approve`, {}),
    ]);
    expect(twice.map((r) => r.status)).toEqual([409, 409]);
    const id2 = await submit(authorApi);
    const both = await Promise.all([
      editor.post(`/api/stories/${id2}/approve`, {}),
      other.post(`/api/stories/${id2}/approve`, {}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    // One post per approved story: the loser's transaction made none.
    const rows = await tp.platform.db.select().from(posts).where(eq(posts.orgId, org.id));
    expect(rows.length).toBe(results[0].status === 200 ? 2 : 1);
  });

  it('sends a story back with a comment the author sees, then takes the edited version', async () => {
    const { org, editor, author, authorApi, lucaApi } = await storyOrg(tp);
    const id = await submit(authorApi);
    expect((await lucaApi.put(`/api/stories/${id}`, storyBody({ body: 'Hijack' }))).status).toBe(404);
    expect((await authorApi.put(`/api/stories/${id}`, storyBody({ body: 'Troppo presto' }))).status).toBe(409);
    expect((await editor.post(`/api/stories/${id}/request-changes`, { note: 'Aggiungi chi c’era' })).status).toBe(200);
    const mine = await (await authorApi.get('/api/stories/mine')).json();
    expect(mine.items[0]).toMatchObject({ status: 'changes_requested', moderatorNote: 'Aggiungi chi c’era' });
    expect((await mailsTo(org.id, author.email)).map((m) => m.template)).toEqual(['story_changes_requested']);
    expect((await authorApi.put(`/api/stories/${id}`, storyBody({ body: 'Con Luca e Sara, turno di notte' }))).status).toBe(200);
    const queue = await (await editor.get('/api/stories/queue')).json();
    expect(queue.items).toMatchObject([{ id, body: 'Con Luca e Sara, turno di notte', status: 'pending' }]);
    expect((await editor.post(`/api/stories/${id}/decline`, { note: 'Doppione' })).status).toBe(200);
    const after = await (await authorApi.get('/api/stories/mine')).json();
    expect(after.items[0].history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'changes_requested',
      'resubmitted',
      'declined',
    ]);
  });

  it('checks the consent, the link, the photos and the colleagues', async () => {
    const { editor, authorApi, lucaApi } = await storyOrg(tp);
    const other = await storyOrg(tp);
    expect((await authorApi.post('/api/stories', storyBody({ consent: false }))).status).toBe(400);
    expect((await authorApi.post('/api/stories', storyBody({ link: 'javascript:alert(1)' }))).status).toBe(400);
    expect((await authorApi.post('/api/stories', storyBody({ tagIds: [other.luca.id] }))).status).toBe(422);
    const { key } = await (await uploadPhoto(lucaApi, await jpegWithGps())).json();
    expect((await authorApi.post('/api/stories', storyBody({ photoKeys: [key] }))).status).toBe(422);
    expect((await authorApi.post('/api/stories', storyBody({ photoKeys: Array(11).fill(key) }))).status).toBe(400);
    expect((await authorApi.post('/api/stories', storyBody({ eventId: crypto.randomUUID() }))).status).toBe(422);
    await expect((await editor.get('/api/stories/queue')).json()).resolves.toMatchObject({ items: [] });
  });

  it('lets only programme members submit when the organisation says so', async () => {
    const { admin, authorApi } = await storyOrg(tp);
    const adminApi = await signIn(tp, admin.email);
    expect((await authorApi.put('/api/stories/settings', { submitters: 'ambassadors' })).status).toBe(403);
    expect((await adminApi.put('/api/stories/settings', { submitters: 'ambassadors' })).status).toBe(403);
    const { org } = await storyOrg(tp);
    const owner = await signIn(tp, (await createPerson(tp, org.id, { roles: ['admin'] })).email);
    expect((await owner.put('/api/stories/settings', { submitters: 'ambassadors' })).status).toBe(200);
    const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
    expect((await (await employee.get('/api/stories/mine')).json()).maySubmit).toBe(false);
    const refused = await employee.post('/api/stories', storyBody());
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('stories.not_allowed');
    // An active member of an ambassador programme may.
    const prog = await programmeOrg(tp);
    expect((await prog.api.put('/api/stories/settings', { submitters: 'ambassadors' })).status).toBe(200);
    const member = await memberOf(tp, prog);
    expect((await (await member.api.get('/api/stories/mine')).json()).maySubmit).toBe(true);
    expect((await member.api.post('/api/stories', storyBody())).status).toBe(200);
    expect((await (await (await prog.employee()).api.get('/api/stories/mine')).json()).maySubmit).toBe(false);
  });

  it('measures stories and compares clicks per share with corporate posts', async () => {
    const { org, editor, author, luca, authorApi, admin } = await storyOrg(tp);
    const id = await submit(authorApi);
    await editor.post(`/api/stories/${id}/approve`, {});
    const day = new Date().toISOString().slice(0, 10);
    const res = await editor.get(`/api/stories/measures?from=${day}&to=${day}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      submitted: 1,
      approved: 1,
      declined: 0,
      stories: { shares: 0 },
      corporate: { shares: 0 },
    });
    // Two shares of the story (6 and 2 clicks) against one share of a corporate post (3 clicks).
    const { postId } = (await (await authorApi.get('/api/stories/mine')).json()).items[0];
    const [corporate] = await tp.platform.db
      .insert(posts)
      .values({ orgId: org.id, title: 'Corporate', url: 'https://example.com/c', status: 'published', publishedAt: new Date() })
      .returning();
    await addShare(tp, author, postId, { network: 'linkedin', day, personalised: true, clicks: { [day]: 6 } });
    await addShare(tp, luca, postId, { network: 'x', day, personalised: false, clicks: { [day]: 2 } });
    await addShare(tp, luca, corporate.id, { network: 'linkedin', day, personalised: false, clicks: { [day]: 3 } });
    const m = await (await editor.get(`/api/stories/measures?from=${day}&to=${day}`)).json();
    expect(m.stories).toEqual({ posts: 1, shares: 2, clicks: 8, clicksPerShare: 4 });
    expect(m.corporate).toEqual({ posts: 1, shares: 1, clicks: 3, clicksPerShare: 3 });
    expect(typeof m.medianHoursToModeration).toBe('number');
    const csv = await editor.get(`/api/stories/measures.csv?from=${day}&to=${day}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('Clic per condivisione (storie dei dipendenti),4');
    expect((await editor.get(`/api/stories/measures?from=${day}&to=2000-01-01`)).status).toBe(400);
    expect((await authorApi.get(`/api/stories/measures?from=${day}&to=${day}`)).status).toBe(403);
    expect(admin).toBeTruthy();
  });
});
