import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { adminOfNewOrg, client, createPerson, PASSWORD, signIn } from '../../testing/fixtures';
import { inviteInto } from '../../testing/invite-into';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { people } from '../people/schema';
import { createLogin } from './create-login';
import { user } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const en = { 'accept-language': 'en' };
const accept = (token: string) => `/api/invitations/${token}/accept`;
const personRow = async (id: string) => (await tp.platform.db.select().from(people).where(eq(people.id, id)))[0];

describe('one login per e-mail across organisations', () => {
  it("another organisation's admin cannot take over a login by inviting its e-mail and accepting the link", async () => {
    const victim = await adminOfNewOrg(tp);
    const attacker = await adminOfNewOrg(tp);
    const { person, mail, token } = await inviteInto(tp, attacker, victim.admin.email);
    // The attacker reads the link in their outbox and tries to accept it with a password of their choice.
    const anonymous = await client(tp).post(accept(token), { password: 'attacker-password-1' }, en);
    expect(anonymous.status).toBe(409);
    const body = await anonymous.json();
    expect(body.error.code).toBe('auth.invitation_sign_in');
    expect(body.error.message).toContain(attacker.org.name);
    const asAttacker = await attacker.api.post(accept(token), { password: 'attacker-password-1' }, en);
    expect(asAttacker.status).toBe(403);
    expect((await asAttacker.json()).error.code).toBe('auth.invitation_other_account');
    // The victim's password, session and organisation are untouched; the attacker's password opens nothing.
    await expect(signIn(tp, victim.admin.email, 'attacker-password-1')).rejects.toThrow(/401/);
    await signIn(tp, victim.admin.email, PASSWORD);
    expect((await (await victim.api.get('/api/me')).json()).organisation.id).toBe(victim.org.id);
    expect(await personRow(person.id)).toMatchObject({ status: 'invited', userId: null });
    // The e-mail itself asks to sign in: it never offers to choose a password.
    expect(mail.template).toBe('invitation_existing');
    // No code path sets the password of an existing login.
    const again = createLogin(tp.auth, tp.platform.db, { email: victim.admin.email, name: 'X', password: 'attacker-password-1' });
    await expect(again).rejects.toMatchObject({ code: 'auth.login_exists' });
    await signIn(tp, victim.admin.email, PASSWORD);
  });

  it('an existing login joins by signing in and accepting with one click; its password is unchanged', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const mia = await createPerson(tp, a.org.id, { name: 'Mia Multi', locale: 'en' });
    const { person: inB, token } = await inviteInto(tp, b, mia.email, { roles: ['editor'], name: 'Mia Multi' });
    expect((await (await client(tp).get(`/api/invitations/${token}`)).json()).signedIn).toBe('nobody');
    const session = await signIn(tp, mia.email);
    const info = await (await session.get(`/api/invitations/${token}`)).json();
    expect(info).toMatchObject({ existingLogin: true, signedIn: 'invitee', organisation: b.org.name });
    const res = await session.post(accept(token), {});
    expect(res.status).toBe(200);
    // Joining switches the session to the new organisation.
    const me = await (await session.get('/api/me')).json();
    expect(me).toMatchObject({ personId: inB.id, roles: ['editor'], organisation: { id: b.org.id } });
    expect(await personRow(inB.id)).toMatchObject({ status: 'active', userId: mia.userId });
    await signIn(tp, mia.email, PASSWORD);
    const logins = await tp.platform.db.select().from(user).where(eq(user.email, mia.email));
    expect(logins).toHaveLength(1);
  });

  it('someone deactivated everywhere can still sign in to accept a new organisation’s invitation, and only then', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const leaver = await createPerson(tp, a.org.id, { name: 'Lea Leaver' });
    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, leaver.id));
    await expect(signIn(tp, leaver.email)).rejects.toThrow(/401/);
    const { person: inB, token } = await inviteInto(tp, b, leaver.email, { name: 'Lea Leaver' });
    const session = await signIn(tp, leaver.email);
    // Signed in, but no organisation yet: nothing of A is reachable.
    expect((await session.get('/api/me')).status).toBe(401);
    expect((await session.post(accept(token), {})).status).toBe(200);
    expect((await (await session.get('/api/me')).json()).organisation.id).toBe(b.org.id);
    expect(await personRow(inB.id)).toMatchObject({ status: 'active', userId: leaver.userId });
    expect(await personRow(leaver.id)).toMatchObject({ status: 'inactive' });
  });

  it('two invitations for one new e-mail accepted at once: one creates the login, the other is told to sign in', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const email = `race-${Date.now()}@example.test`;
    const [ia, ib] = [await inviteInto(tp, a, email), await inviteInto(tp, b, email)];
    const passwords = ['first-password-1', 'second-password-2'];
    const answers = await Promise.all([
      client(tp).post(accept(ia.token), { password: passwords[0] }),
      client(tp).post(accept(ib.token), { password: passwords[1] }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = answers.findIndex((r) => r.status === 200);
    expect((await answers[1 - winner].json()).error.code).toBe('auth.invitation_sign_in');
    expect(await tp.platform.db.$count(user, eq(user.email, email))).toBe(1);
    const active = await tp.platform.db.$count(people, and(eq(people.email, email), eq(people.status, 'active')));
    expect(active).toBe(1);
    // The other invitation still works, for the login, signed in.
    const session = await signIn(tp, email, passwords[winner]);
    expect((await session.post(accept([ia, ib][1 - winner].token), {})).status).toBe(200);
    await expect(signIn(tp, email, passwords[1 - winner])).rejects.toThrow(/401/);
  });
});

describe('the organisation switcher', () => {
  async function memberOfTwo() {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    const inA = await createPerson(tp, a.org.id, { name: 'Sam Both', locale: 'en' });
    const inB = await createPerson(tp, b.org.id, { email: inA.email, userId: inA.userId ?? '', roles: ['hr'] });
    return { a, b, inA, inB };
  }

  it('asks a person in several organisations to choose, lists them, and switches only into their own', async () => {
    const { a, b, inA, inB } = await memberOfTwo();
    const session = await signIn(tp, inA.email);
    const me = await session.get('/api/me', en);
    expect(me.status).toBe(409);
    expect((await me.json()).error).toMatchObject({
      code: 'auth.choose_organisation',
      message: expect.stringMatching(/several/),
    });
    expect((await session.get('/api/people', en)).status).toBe(409);
    const orgs = await (await session.get('/api/me/organisations')).json();
    expect(orgs.items).toHaveLength(2);
    expect(orgs.items).toEqual(
      expect.arrayContaining([
        { id: a.org.id, name: a.org.name, roles: ['employee'], current: false },
        { id: b.org.id, name: b.org.name, roles: ['hr'], current: false },
      ]),
    );
    expect((await session.post('/api/me/organisation', { orgId: b.org.id })).status).toBe(200);
    expect((await (await session.get('/api/me')).json()).personId).toBe(inB.id);
    // The choice lives in the database: another server process sees it.
    const other = createApp(tp.platform).app;
    const elsewhere = await other.request('/api/me', { headers: { cookie: session.cookie } });
    expect((await elsewhere.json()).personId).toBe(inB.id);
    // Never into an organisation where the login is not an active member.
    const foreign = await adminOfNewOrg(tp);
    expect((await session.post('/api/me/organisation', { orgId: foreign.org.id })).status).toBe(404);
    expect((await session.post('/api/me/organisation', { orgId: a.org.id })).status).toBe(200);
    expect((await (await session.get('/api/me')).json()).personId).toBe(inA.id);
    const entered = await tp.platform.db.$count(
      auditLog,
      and(eq(auditLog.orgId, a.org.id), eq(auditLog.action, 'auth.organisation_entered'), eq(auditLog.targetId, inA.id)),
    );
    expect(entered).toBe(1);
  });

  it('enters the only active organisation without asking; deactivation in one keeps the session in the other', async () => {
    const { a, b, inA, inB } = await memberOfTwo();
    const inOne = await signIn(tp, inA.email);
    expect((await inOne.post('/api/me/organisation', { orgId: a.org.id })).status).toBe(200);
    const inOther = await signIn(tp, inA.email);
    expect((await inOther.post('/api/me/organisation', { orgId: b.org.id })).status).toBe(200);
    expect((await b.api.post(`/api/people/${inB.id}/deactivate`)).status).toBe(200);
    // B's decision ends the session acting in B, not the one acting in A.
    expect((await inOther.get('/api/me')).status).toBe(401);
    expect((await (await inOne.get('/api/me')).json()).organisation.id).toBe(a.org.id);
    const fresh = await signIn(tp, inA.email);
    expect((await (await fresh.get('/api/me')).json()).organisation.id).toBe(a.org.id);
    expect(await tp.platform.db.$count(people, sql`${people.userId} = ${inA.userId}`)).toBe(2);
  });
});
