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
});
