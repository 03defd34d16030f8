import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Entry = { action: string; actorName: string | null; targetId: string | null; targetName: string | null };

describe('audit log', () => {
  it('records sign-in, invitation, acceptance and sign-out, newest first, and filters them', async () => {
    const { api, org, admin } = await adminOfNewOrg(tp);
    const p = await createPerson(tp, org.id, { login: false, name: 'Nina New' });
    await api.post('/api/invitations', { personIds: [p.id] });
    await tp.platform.jobs.drain(tp.platform);
    const outbox = await (await api.get('/api/outbox')).json();
    const mail = await (await api.get(`/api/outbox/${outbox.items[0].id}`)).json();
    const token = mail.text.match(/\/invitation\/([\w-]+)/)[1];
    // Nina opens the link in her own browser (the admin's session would be refused as another account).
    const accepted = await client(tp).post(`/api/invitations/${token}/accept`, { password: 'nina-password-1' });
    expect(accepted.status).toBe(200);
    const nina = await signIn(tp, p.email, 'nina-password-1');
    await nina.post('/api/auth/sign-out');

    const all = (await (await api.get('/api/audit')).json()).items as Entry[];
    expect(all.map((e) => e.action)).toEqual([
      'auth.sign_out',
      'auth.sign_in',
      'invitation.accepted',
      'person.invited',
      'auth.sign_in',
    ]);
    expect(all[3]).toMatchObject({ actorName: 'Ada Admin', targetId: p.id, targetName: 'Nina New' });

    const invited = (await (await api.get('/api/audit?action=person.invited')).json()).items as Entry[];
    expect(invited).toHaveLength(1);
    const byAdmin = (await (await api.get(`/api/audit?actorId=${admin.id}`)).json()).items as Entry[];
    expect(byAdmin.map((e) => e.action)).toEqual(['person.invited', 'auth.sign_in']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await (await api.get(`/api/audit?from=${today}&to=${today}`)).json()).total).toBe(5);
    expect((await (await api.get('/api/audit?to=2020-01-01')).json()).total).toBe(0);
    expect((await api.get('/api/audit?from=yesterday')).status).toBe(400);
  });

  it('is per organisation and closed to employees', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const items = (await (await b.api.get('/api/audit')).json()).items as Entry[];
    expect(items.every((e) => e.targetId !== a.admin.id)).toBe(true);
    const p = await createPerson(tp, a.org.id);
    expect((await (await signIn(tp, p.email)).get('/api/audit')).status).toBe(403);
  });
});
