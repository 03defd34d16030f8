import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('outbox', () => {
  it('shows an admin their organisation’s e-mails only, newest first, with the full message', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const first = await createPerson(tp, a.org.id, { login: false, name: 'First' });
    const second = await createPerson(tp, a.org.id, { login: false, name: 'Second' });
    const other = await createPerson(tp, b.org.id, { login: false });
    await a.api.post('/api/invitations', { personIds: [first.id] });
    await a.api.post('/api/invitations', { personIds: [second.id] });
    await b.api.post('/api/invitations', { personIds: [other.id] });
    await tp.platform.jobs.drain(tp.platform);
    const page = await (await a.api.get('/api/outbox')).json();
    expect(page.total).toBe(2);
    expect(page.items.map((m: { to: string }) => m.to)).toEqual([second.email, first.email]);
    expect(page.items[0]).toMatchObject({ template: 'invitation', status: 'kept' });
    const msg = await (await a.api.get(`/api/outbox/${page.items[0].id}`)).json();
    expect(msg.html).toContain('/invitation/');
    expect((await b.api.get(`/api/outbox/${page.items[0].id}`)).status).toBe(404);
  });

  it('is closed to employees', async () => {
    const { org } = await adminOfNewOrg(tp);
    const p = await createPerson(tp, org.id);
    const employee = await signIn(tp, p.email);
    expect((await employee.get('/api/outbox')).status).toBe(403);
  });
});
