import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('only an admin may manage a person who holds the admin role', () => {
  it('HR cannot turn a pending admin into themselves: the e-mail edit and the invitation are refused', async () => {
    const { api: admin, org } = await adminOfNewOrg(tp);
    const hrPerson = await createPerson(tp, org.id, { roles: ['hr'] });
    const hr = await signIn(tp, hrPerson.email);
    const pendingAdmin = await createPerson(tp, org.id, { login: false, roles: ['admin'], name: 'Future Admin' });
    const edit = await hr.patch(`/api/people/${pendingAdmin.id}`, { email: 'hr-controlled@example.test' });
    expect(edit.status).toBe(403);
    expect((await edit.json()).error.code).toBe('people.admin_role_required');
    expect((await hr.patch(`/api/people/${pendingAdmin.id}`, { name: 'Renamed' })).status).toBe(403);
    const invite = await hr.post('/api/invitations', { personIds: [pendingAdmin.id] });
    expect(invite.status).toBe(403);
    expect((await invite.json()).error.code).toBe('people.admin_role_required');
    expect(await tp.platform.db.$count(mailMessages, eq(mailMessages.orgId, org.id))).toBe(0);
    // HR still invites everyone else; the admin is listed as refused.
    const colleague = await createPerson(tp, org.id, { login: false });
    const mixed = await hr.post('/api/invitations', { personIds: [pendingAdmin.id, colleague.id] });
    expect(mixed.status).toBe(200);
    expect(await mixed.json()).toEqual({
      queued: 1,
      refused: [{ personId: pendingAdmin.id, code: 'people.admin_role_required' }],
    });
    expect((await hr.patch(`/api/people/${colleague.id}`, { name: 'New Name' })).status).toBe(200);
    // An admin may do all of it.
    expect((await admin.patch(`/api/people/${pendingAdmin.id}`, { email: 'future-admin@example.test' })).status).toBe(200);
    expect(await (await admin.post('/api/invitations', { personIds: [pendingAdmin.id] })).json()).toEqual({
      queued: 1,
      refused: [],
    });
  });

  it('HR cannot create a person with the admin role', async () => {
    const { org } = await adminOfNewOrg(tp);
    const hrPerson = await createPerson(tp, org.id, { roles: ['hr'] });
    const hr = await signIn(tp, hrPerson.email);
    const res = await hr.post('/api/people', { name: 'Sneaky', email: 'sneaky@example.test', roles: ['admin'], locale: 'it' });
    expect(res.status).toBe(403);
  });
});
