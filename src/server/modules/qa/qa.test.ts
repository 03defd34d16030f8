import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('Ask leadership', () => {
  it('takes named and anonymous questions, shows them once approved, counts one vote each, lets only the leader answer', async () => {
    const { api: mod, org } = await adminOfNewOrg(tp, ['editor']);
    const ceo = await createPerson(tp, org.id, { name: 'Carla Direttrice' });
    const emp = await signIn(tp, (await createPerson(tp, org.id, { name: 'Nino Named' })).email);
    const other = await signIn(tp, (await createPerson(tp, org.id)).email);
    const s = await (await mod.post('/api/qa', { title: 'Il piano 2026', leaderIds: [ceo.id] })).json();
    expect((await emp.post('/api/qa', { title: 'x y z', leaderIds: [ceo.id] })).status).toBe(403);
    await emp.post(`/api/qa/${s.id}/questions`, { body: 'Assumerete a Parma?', anonymous: false });
    await emp.post(`/api/qa/${s.id}/questions`, { body: 'Cambiano i turni estivi?', anonymous: true });
    expect((await (await other.get(`/api/qa/${s.id}`)).json()).questions).toEqual([]);
    const pending = (await (await mod.get(`/api/qa/${s.id}`)).json()).questions;
    expect(pending.map((q: { askerName: string | null }) => q.askerName).sort()).toEqual(['Nino Named', null].sort());
    for (const q of pending) await mod.post(`/api/qa/${s.id}/questions/${q.id}/moderate`, { decision: 'approved' });
    expect((await mod.post(`/api/qa/${s.id}/questions/${pending[0].id}/moderate`, { decision: 'rejected' })).status).toBe(409);
    const anon = pending.find((q: { anonymous: boolean }) => q.anonymous);
    await Promise.all([
      other.post(`/api/qa/${s.id}/questions/${anon.id}/vote`),
      other.post(`/api/qa/${s.id}/questions/${anon.id}/vote`),
    ]);
    const seen = (await (await other.get(`/api/qa/${s.id}`)).json()).questions;
    expect(seen[0]).toMatchObject({ id: anon.id, votes: 1, myVote: true, askerName: null });
    expect((await emp.post(`/api/qa/${s.id}/questions/${anon.id}/answer`, { body: 'Sì' })).status).toBe(403);
    const leader = await signIn(tp, ceo.email);
    const answered = await (
      await leader.post(`/api/qa/${s.id}/questions/${anon.id}/answer`, { body: 'Nessun cambio quest’anno.' })
    ).json();
    expect(answered.questions.find((q: { id: string }) => q.id === anon.id)).toMatchObject({
      status: 'answered',
      answer: { leaderName: 'Carla Direttrice', body: 'Nessun cambio quest’anno.' },
    });
  });

  it('lets moderators find leaders by name in their own organisation only', async () => {
    const { api: mod, org } = await adminOfNewOrg(tp, ['hr']);
    const { org: other } = await adminOfNewOrg(tp, ['hr']);
    await createPerson(tp, org.id, { name: 'Lucia Leaderina' });
    await createPerson(tp, other.id, { name: 'Lucia Altrove' });
    const emp = await signIn(tp, (await createPerson(tp, org.id)).email);
    const found = await (await mod.get('/api/qa/leader-search?q=lucia')).json();
    expect(found.items.map((p: { name: string }) => p.name)).toEqual(['Lucia Leaderina']);
    expect((await emp.get('/api/qa/leader-search?q=lucia')).status).toBe(403);
    expect((await mod.get('/api/qa/leader-search?q=')).status).toBe(400);
  });
  it('takes an audio or video answer from a leader, stored in the organisation and played back to everyone', async () => {
    const { api: mod, org } = await adminOfNewOrg(tp, ['editor']);
    const { api: otherEditor } = await adminOfNewOrg(tp, ['editor']);
    const ceo = await createPerson(tp, org.id, { name: 'Carla Direttrice' });
    const emp = await signIn(tp, (await createPerson(tp, org.id)).email);
    const s = await (await mod.post('/api/qa', { title: 'Il piano 2026', leaderIds: [ceo.id] })).json();
    await emp.post(`/api/qa/${s.id}/questions`, { body: 'Apriremo una sede a Bari?', anonymous: true });
    const [q] = (await (await mod.get(`/api/qa/${s.id}`)).json()).questions;
    await mod.post(`/api/qa/${s.id}/questions/${q.id}/moderate`, { decision: 'approved' });

    const leader = await signIn(tp, ceo.email);
    const upload = (api: typeof leader, bytes: Uint8Array<ArrayBuffer>, path = `/api/qa/${s.id}/media`) => {
      const form = new FormData();
      form.set('file', new File([bytes], 'answer.webm', { type: 'video/webm' }));
      return api.raw(path, { method: 'POST', body: form });
    };
    const webm = () => new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...crypto.randomBytes(64)]) as Uint8Array<ArrayBuffer>;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) as Uint8Array<ArrayBuffer>;
    // The leader need not write news to answer by voice; a colleague who is no leader of the session may not upload.
    expect((await upload(emp, webm())).status).toBe(403);
    expect((await upload(leader, png)).status).toBe(422);
    const stored = await upload(leader, webm());
    expect(stored.status).toBe(200);
    const { key } = await stored.json();
    // A key of another organisation (or a made-up one) is refused and leaves the question unanswered.
    const foreignForm = new FormData();
    foreignForm.set('file', new File([webm()], 'x.webm', { type: 'video/webm' }));
    const foreign = (await (await otherEditor.raw('/api/news/media', { method: 'POST', body: foreignForm })).json()).key;
    for (const mediaKey of [foreign, `${crypto.randomUUID()}.webm`]) {
      const res = await leader.post(`/api/qa/${s.id}/questions/${q.id}/answer`, { body: '', mediaKey });
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('news.file_missing');
    }
    expect((await (await emp.get(`/api/qa/${s.id}`)).json()).questions[0].status).toBe('approved');
    expect((await leader.post(`/api/qa/${s.id}/questions/${q.id}/answer`, { body: '', mediaKey: null })).status).toBe(409);

    const answered = await leader.post(`/api/qa/${s.id}/questions/${q.id}/answer`, { body: '', mediaKey: key });
    expect(answered.status).toBe(200);
    const seen = (await (await emp.get(`/api/qa/${s.id}`)).json()).questions[0];
    expect(seen).toMatchObject({
      status: 'answered',
      answer: { leaderName: 'Carla Direttrice', body: '', mediaUrl: `/api/news/media/${key}` },
    });
    const played = await emp.get(seen.answer.mediaUrl);
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toBe('video/webm');
  });
});
