import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('"you said, we did" board', () => {
  it('shows HR actions and done suggestions to every employee; only HR edit; a stale edit gets 409', async () => {
    const { api: hr, org, admin } = await adminOfNewOrg(tp, ['hr']);
    const emp = await signIn(tp, (await createPerson(tp, org.id)).email);
    const created = await hr.post('/api/actions', {
      youSaid: 'Poche informazioni sui turni',
      weDo: 'Turni pubblicati due settimane prima',
      ownerId: admin.id,
    });
    expect(created.status).toBe(200);
    const action = await created.json();
    expect(action).toMatchObject({ status: 'planned', ownerName: 'Ada Admin' });
    expect((await emp.post('/api/actions', { youSaid: 'x y z', weDo: 'a b c' })).status).toBe(403);
    const { id } = await (
      await emp.post('/api/suggestions', {
        category: 'workplace',
        title: 'Tettoia bici',
        body: 'Per la pioggia.',
        anonymous: false,
      })
    ).json();
    await hr.post(`/api/suggestions/${id}/status`, { status: 'done', expected: 'received', outcome: 'Montata a maggio.' });
    const board = await (await emp.get('/api/actions')).json();
    expect(board.items.map((i: { source: string; weDo: string }) => [i.source, i.weDo])).toEqual([
      ['survey', 'Turni pubblicati due settimane prima'],
      ['suggestion', 'Montata a maggio.'],
    ]);
    const both = await Promise.all([
      hr.patch(`/api/actions/${action.id}`, { status: 'in_progress', expected: 'planned' }),
      hr.patch(`/api/actions/${action.id}`, { status: 'done', expected: 'planned' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await hr.post('/api/actions', { youSaid: 'x y z', weDo: 'a b c', ownerId: crypto.randomUUID() })).status).toBe(422);
  });
});
