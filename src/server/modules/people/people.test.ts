import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import { session } from '../auth/schema';
import type { PeopleListT, PersonT } from './contract';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const errorCode = async (res: Response) => (await res.json()).error.code;
const names = (l: PeopleListT) => l.items.map((p) => p.name);

describe('people directory', () => {
  it('searches, filters, sorts and pages', async () => {
    const { api, org, admin } = await adminOfNewOrg(tp);
    const boss = await createPerson(tp, org.id, { name: 'Bruno Boss', department: 'Sales', site: 'Milano', roles: ['manager'] });
    await createPerson(tp, org.id, {
      name: 'Carla Rossi',
      department: 'Sales',
      site: 'Brescia',
      managerId: boss.id,
      email: 'carla@acme.test',
    });
    await createPerson(tp, org.id, { name: 'dario verdi', department: 'IT', site: 'Milano', managerId: boss.id, login: false });
    const all = (await (await api.get('/api/people')).json()) as PeopleListT;
    expect(names(all)).toEqual(['Ada Admin', 'Bruno Boss', 'Carla Rossi', 'dario verdi']);
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 25 });
    const carla = all.items[2];
    expect(carla).toMatchObject({
      manager: { id: boss.id, name: 'Bruno Boss' },
      status: 'active',
      hasLogin: true,
      roles: ['employee'],
    });
    expect(all.items[3]).toMatchObject({ status: 'pending', hasLogin: false });

    const get = async (qs: string) => names(await (await api.get(`/api/people?${qs}`)).json());
    expect(await get('q=ROSSI')).toEqual(['Carla Rossi']);
    expect(await get('q=carla@ACME')).toEqual(['Carla Rossi']);
    expect(await get('department=Sales')).toEqual(['Bruno Boss', 'Carla Rossi']);
    expect(await get('site=Milano&department=IT')).toEqual(['dario verdi']);
    expect(await get('role=manager')).toEqual(['Bruno Boss']);
    expect(await get('status=pending')).toEqual(['dario verdi']);
    expect(await get(`managerId=${boss.id}`)).toEqual(['Carla Rossi', 'dario verdi']);
    expect(await get('sort=name&order=desc')).toEqual(['dario verdi', 'Carla Rossi', 'Bruno Boss', 'Ada Admin']);
    expect(await get('sort=site')).toEqual(['Carla Rossi', 'Bruno Boss', 'dario verdi', 'Ada Admin']);
    const page2 = (await (await api.get('/api/people?pageSize=3&page=2')).json()) as PeopleListT;
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(names(page2)).toEqual(['dario verdi']);
    expect((await api.get('/api/people?pageSize=101')).status).toBe(400);
    expect((await api.get(`/api/people/${admin.id}`)).status).toBe(200);
    expect((await api.get('/api/people/not-a-uuid')).status).toBe(400);
    expect((await api.get(`/api/people/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('lets HR write and refuses employees and editors', async () => {
    const { org } = await adminOfNewOrg(tp);
    const hr = await createPerson(tp, org.id, { roles: ['hr'] });
    const hrApi = await signIn(tp, hr.email);
    const res = await hrApi.post('/api/people', { name: 'Nuova Persona', email: 'nuova@acme.test', department: 'HR' });
    expect(res.status).toBe(200);
    const created = (await res.json()) as PersonT;
    expect(created).toMatchObject({ status: 'pending', roles: ['employee'], locale: 'it', hasLogin: false });
    for (const roles of [['employee'], ['editor']] as const) {
      const p = await createPerson(tp, org.id, { roles: [...roles] });
      const api = await signIn(tp, p.email);
      expect((await api.get('/api/people')).status).toBe(403);
      expect((await api.post('/api/people', { name: 'X', email: 'x@acme.test' })).status).toBe(403);
      expect((await api.patch(`/api/people/${created.id}`, { name: 'Y' })).status).toBe(403);
      expect((await api.post(`/api/people/${created.id}/deactivate`)).status).toBe(403);
      // Facets are for targeting pickers too: anyone who shares may read them.
      expect(await (await api.get('/api/people/facets')).json()).toEqual({ departments: ['HR'], sites: [], jobFamilies: [] });
    }
    expect((await client(tp).get('/api/people')).status).toBe(401);
    // HR may not hand out the admin role.
    const grant = await hrApi.patch(`/api/people/${created.id}`, { roles: ['employee', 'admin'] });
    expect(grant.status).toBe(403);
    expect(await errorCode(grant)).toBe('people.admin_role_required');
    expect((await hrApi.post('/api/people', { name: 'Z', email: 'z@acme.test', roles: ['admin'] })).status).toBe(403);
  });

  it('refuses a duplicate e-mail whatever its case', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    await createPerson(tp, org.id, { email: 'Mario.Rossi@acme.test' });
    const res = await api.post('/api/people', { name: 'Mario', email: 'mario.rossi@ACME.test' });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('people.duplicate_email');
    const other = await createPerson(tp, org.id, { login: false });
    const patch = await api.patch(`/api/people/${other.id}`, { email: 'MARIO.rossi@acme.test' });
    expect(patch.status).toBe(409);
  });

  it('edits fields and roles with audit records, and refuses manager cycles', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const a = await createPerson(tp, org.id, { name: 'Anna' });
    const b = await createPerson(tp, org.id, { name: 'Bea', managerId: a.id });
    const c = await createPerson(tp, org.id, { name: 'Ciro', managerId: b.id });
    const res = await api.patch(`/api/people/${a.id}`, {
      department: 'Legal',
      hireDate: '2020-02-29',
      roles: ['employee', 'manager'],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ department: 'Legal', hireDate: '2020-02-29', roles: ['employee', 'manager'] });
    const cycle = await api.patch(`/api/people/${a.id}`, { managerId: c.id });
    expect(cycle.status).toBe(422);
    expect(await errorCode(cycle)).toBe('people.manager_cycle');
    expect(await errorCode(await api.patch(`/api/people/${a.id}`, { managerId: a.id }))).toBe('people.manager_cycle');
    const foreign = await adminOfNewOrg(tp);
    expect(await errorCode(await api.patch(`/api/people/${c.id}`, { managerId: foreign.admin.id }))).toBe(
      'people.unknown_manager',
    );
    expect((await api.patch(`/api/people/${c.id}`, { managerId: a.id })).status).toBe(200);
    expect((await api.patch(`/api/people/${a.id}`, { hireDate: '2021-02-30' })).status).toBe(400);
    const audit = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.targetId, a.id)));
    expect(audit.map((r) => [r.action, r.data])).toEqual(
      expect.arrayContaining([
        ['person.updated', { fields: ['department', 'hireDate'] }],
        ['person.roles_changed', { from: ['employee'], to: ['employee', 'manager'] }],
      ]),
    );
  });

  it('deactivation signs the person out and keeps them out; reactivation lets them back', async () => {
    const { api, org, admin } = await adminOfNewOrg(tp);
    const emp = await createPerson(tp, org.id, { name: 'Elio' });
    const empApi = await signIn(tp, emp.email);
    expect((await empApi.get('/api/me')).status).toBe(200);
    const res = await api.post(`/api/people/${emp.id}/deactivate`);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('inactive');
    expect((await empApi.get('/api/me')).status).toBe(401);
    expect(
      await tp.platform.db
        .select()
        .from(session)
        .where(eq(session.userId, emp.userId ?? '')),
    ).toEqual([]);
    await expect(signIn(tp, emp.email)).rejects.toThrow(/401/);
    const self = await api.post(`/api/people/${admin.id}/deactivate`);
    expect(self.status).toBe(409);
    expect(await errorCode(self)).toBe('people.cannot_deactivate_self');

    expect((await (await api.post(`/api/people/${emp.id}/reactivate`)).json()).status).toBe('active');
    expect((await (await signIn(tp, emp.email)).get('/api/me')).status).toBe(200);
    const pending = await createPerson(tp, org.id, { login: false });
    await api.post(`/api/people/${pending.id}/deactivate`);
    expect((await (await api.post(`/api/people/${pending.id}/reactivate`)).json()).status).toBe('pending');
    const actions = await tp.platform.db
      .select({ a: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.targetId, emp.id)));
    expect(actions.map((r) => r.a)).toEqual(expect.arrayContaining(['person.deactivated', 'person.reactivated']));
  });

  it('HR cannot deactivate an administrator', async () => {
    const { org, admin } = await adminOfNewOrg(tp);
    const hr = await createPerson(tp, org.id, { roles: ['hr'] });
    const res = await (await signIn(tp, hr.email)).post(`/api/people/${admin.id}/deactivate`);
    expect(res.status).toBe(403);
  });
});
