import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { releaseReplyNotices } from './jobs';
import { suggestions } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const secret = () => crypto.randomBytes(32).toString('base64url');
const idea = { category: 'workplace', title: 'Bici al coperto', body: 'Una tettoia per le biciclette a Parma.' };

async function hrAndEmployee() {
  const { api: hr, org } = await adminOfNewOrg(tp, ['hr']);
  const person = await createPerson(tp, org.id, { name: 'Elena Employee' });
  return { hr, org, person, emp: await signIn(tp, person.email) };
}

describe('suggestion box: anonymous threads', () => {
  it('lets an anonymous author follow and answer the thread with the secret alone, HR never seeing who they are', async () => {
    const { hr, emp } = await hrAndEmployee();
    const s = secret();
    const created = await emp.post('/api/suggestions', { ...idea, anonymous: true, secret: s });
    expect(created.status).toBe(200);
    const { id } = await created.json();
    const list = await (await hr.get('/api/suggestions')).json();
    expect(list.items[0]).toMatchObject({ id, anonymous: true, authorName: null, status: 'received' });
    expect(JSON.stringify(list)).not.toContain('Elena');

    expect(
      (await hr.post(`/api/suggestions/${id}/messages`, { clientId: crypto.randomUUID(), body: 'Ottima idea, la valutiamo.' }))
        .status,
    ).toBe(200);
    const anon = client(tp); // no session at all: the secret is the only credential
    const thread = await (await anon.post('/api/suggestion-threads/open', { secret: s })).json();
    expect(thread.messages).toEqual([expect.objectContaining({ side: 'staff', body: 'Ottima idea, la valutiamo.' })]);
    const clientId = crypto.randomUUID();
    expect((await anon.post('/api/suggestion-threads/reply', { secret: s, clientId, body: 'Grazie!' })).status).toBe(200);
    const replayed = await anon.post('/api/suggestion-threads/reply', { secret: s, clientId, body: 'Grazie!' });
    expect(replayed.status).toBe(409);
    expect((await replayed.json()).error.code).toBe('suggestions.replayed');
    const seen = await (await hr.get(`/api/suggestions/${id}/thread`)).json();
    expect(seen.messages.map((m: { side: string }) => m.side)).toEqual(['staff', 'author']);
  });

  it('answers a forged secret with 404 and refuses a secret used twice', async () => {
    const { emp } = await hrAndEmployee();
    const anon = client(tp);
    expect((await anon.post('/api/suggestion-threads/open', { secret: secret() })).status).toBe(404);
    expect((await anon.post('/api/suggestion-threads/open', { secret: 'short' })).status).toBe(400);
    const s = secret();
    expect((await emp.post('/api/suggestions', { ...idea, anonymous: true, secret: s })).status).toBe(200);
    const again = await emp.post('/api/suggestions', { ...idea, anonymous: true, secret: s });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('suggestions.secret_used');
    expect((await emp.post('/api/suggestions', { ...idea, anonymous: true })).status).toBe(422);
  });

  it('releases reply notices in a daily batch, never at the moment of the reply, and only once', async () => {
    const { hr, emp } = await hrAndEmployee();
    const s = secret();
    const { id } = await (await emp.post('/api/suggestions', { ...idea, anonymous: true, secret: s })).json();
    await hr.post(`/api/suggestions/${id}/messages`, { clientId: crypto.randomUUID(), body: 'Ne parliamo lunedì.' });
    const status = async () =>
      (await (await client(tp).post('/api/suggestion-threads/status', { secrets: [s] })).json()).items[0];
    expect(await status()).toMatchObject({ id, noticeAt: null });
    const [first, second] = await Promise.all([releaseReplyNotices(tp.platform), releaseReplyNotices(tp.platform)]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect((await status()).noticeAt).toBe(new Date().toISOString().slice(0, 10));
    const [row] = await tp.platform.db.select().from(suggestions).where(eq(suggestions.id, id));
    expect(row.replyPending).toBe(false);
  });

  it('e-mails a named author once, in the batch', async () => {
    const { hr, emp, org, person } = await hrAndEmployee();
    const { id } = await (await emp.post('/api/suggestions', { ...idea, anonymous: false })).json();
    expect((await hr.get('/api/suggestions')).ok).toBe(true);
    expect((await (await hr.get('/api/suggestions')).json()).items[0].authorName).toBe('Elena Employee');
    await hr.post(`/api/suggestions/${id}/messages`, { clientId: crypto.randomUUID(), body: 'Grazie Elena.' });
    await releaseReplyNotices(tp.platform);
    await releaseReplyNotices(tp.platform);
    const mails = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.orgId, org.id), eq(mailMessages.template, 'suggestion_reply')));
    expect(mails.map((m) => m.to)).toEqual([person.email]);
    const mine = await (await emp.get(`/api/suggestions/${id}/thread`)).json();
    expect(mine.messages[0].body).toBe('Grazie Elena.');
  });

  it('refuses 100 KB texts; keeps HTML as plain text', async () => {
    const { emp } = await hrAndEmployee();
    expect((await emp.post('/api/suggestions', { ...idea, body: 'x'.repeat(100_000), anonymous: false })).status).toBe(400);
    const html = '<script>alert(1)</script>';
    const { id } = await (await emp.post('/api/suggestions', { ...idea, body: html, anonymous: false })).json();
    const [row] = await tp.platform.db.select().from(suggestions).where(eq(suggestions.id, id));
    expect(row.body).toBe(html);
  });
});

describe('suggestion box: votes and statuses', () => {
  it('counts one vote per colleague, even when they click twice at once', async () => {
    const { emp, org } = await hrAndEmployee();
    const other = await signIn(tp, (await createPerson(tp, org.id)).email);
    const { id } = await (await emp.post('/api/suggestions', { ...idea, anonymous: true, secret: secret() })).json();
    await Promise.all([other.post(`/api/suggestions/${id}/vote`), other.post(`/api/suggestions/${id}/vote`)]);
    await emp.post(`/api/suggestions/${id}/vote`);
    const list = await (await other.get('/api/suggestions')).json();
    expect(list.items[0]).toMatchObject({ votes: 2, myVote: true });
    expect((await (await other.delete(`/api/suggestions/${id}/vote`)).json()).votes).toBe(1);
  });

  it('moves statuses forward with a reason or an outcome; two reviewers at once: one wins, the other gets 409', async () => {
    const { hr, emp, org } = await hrAndEmployee();
    const hr2 = await signIn(tp, (await createPerson(tp, org.id, { roles: ['hr'] })).email);
    const { id } = await (await emp.post('/api/suggestions', { ...idea, anonymous: false })).json();
    expect((await hr.post(`/api/suggestions/${id}/status`, { status: 'declined', expected: 'received' })).status).toBe(422);
    const both = await Promise.all([
      hr.post(`/api/suggestions/${id}/status`, { status: 'under_review', expected: 'received' }),
      hr2.post(`/api/suggestions/${id}/status`, { status: 'planned', expected: 'received' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const current = (await (await hr.get('/api/suggestions')).json()).items[0].status;
    const done = await hr.post(`/api/suggestions/${id}/status`, {
      status: 'done',
      expected: current,
      outcome: 'Tettoia montata.',
    });
    expect(done.status).toBe(200);
    expect((await hr.post(`/api/suggestions/${id}/status`, { status: 'declined', expected: 'done', reason: 'x' })).status).toBe(
      409,
    );
    expect((await emp.post(`/api/suggestions/${id}/status`, { status: 'planned', expected: 'done' })).status).toBe(403);
  });
});
