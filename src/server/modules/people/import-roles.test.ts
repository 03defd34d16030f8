import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import type { ImportPreviewT, ImportProgressT, PeopleListT, PersonT } from './contract';
import { people } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Api = Awaited<ReturnType<typeof signIn>>;
const preview = async (api: Api, csv: string) => {
  const res = await api.post('/api/people/imports', { csv });
  expect(res.status).toBe(200);
  return (await res.json()) as ImportPreviewT;
};
const confirm = async (api: Api, id: string) => {
  const res = await api.post(`/api/people/imports/${id}/confirm`);
  expect(res.status).toBe(200);
  return (await res.json()) as ImportProgressT;
};
const finish = async (api: Api, id: string) => {
  await tp.platform.jobs.drain(tp.platform, ['people.import']);
  return (await (await api.get(`/api/people/imports/${id}`)).json()) as ImportProgressT;
};
const everyone = async (api: Api) => ((await (await api.get('/api/people?pageSize=100')).json()) as PeopleListT).items;
const byEmail = (list: PersonT[], email: string) => list.find((p) => p.email.toLowerCase() === email.toLowerCase());
const demote = (personId: string) =>
  tp.platform.db
    .update(people)
    .set({ roles: ['hr'] })
    .where(eq(people.id, personId));

/** An admin, an existing admin colleague, and a file that makes someone admin, takes it from the colleague, adds one. */
async function adminFile() {
  const a = await adminOfNewOrg(tp);
  const colleague = await createPerson(tp, a.org.id, { roles: ['admin', 'employee'], name: 'Colleague' });
  const csv = [
    'name,email,roles',
    'New Admin,newadmin@roles.test,admin',
    `Colleague,${colleague.email},employee`,
    'Plain,plain@roles.test,',
  ];
  const p = await preview(a.api, csv.join('\n'));
  expect(p.errors).toEqual([]);
  return { ...a, colleague, p };
}

const refused = (colleagueEmail: string) => [
  { row: 2, email: 'newadmin@roles.test', code: 'invalid_role' },
  { row: 3, email: colleagueEmail, code: 'invalid_role' },
];

describe('import and the admin role', () => {
  it('an importer who lost the admin role before confirming cannot give or take it', async () => {
    const { api, admin, colleague, p } = await adminFile();
    await demote(admin.id);
    const confirmed = await confirm(api, p.id);
    expect(confirmed).toMatchObject({ status: 'queued', valid: 1 });
    expect(confirmed.errors).toEqual(refused(colleague.email));
    expect(await finish(api, p.id)).toMatchObject({ status: 'done', created: 1, updated: 0 });
    const list = await everyone(api);
    expect(byEmail(list, 'newadmin@roles.test')).toBeUndefined();
    expect(byEmail(list, colleague.email)?.roles).toEqual(['admin', 'employee']);
  });

  it('…or after confirming, before the job applies it', async () => {
    const { api, admin, colleague, p } = await adminFile();
    expect((await confirm(api, p.id)).errors).toEqual([]);
    await demote(admin.id);
    const done = await finish(api, p.id);
    expect(done).toMatchObject({ status: 'done', valid: 1, created: 1, updated: 0, skipped: 0 });
    expect(done.errors).toEqual(refused(colleague.email));
    expect(byEmail(await everyone(api), colleague.email)?.roles).toEqual(['admin', 'employee']);
  });

  it('audits every change of roles per person, as an edit by hand does', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const editor = await createPerson(tp, org.id, { roles: ['employee'], name: 'Eddie' });
    const same = await createPerson(tp, org.id, { roles: ['employee', 'hr'], name: 'Same' });
    const csv = `name,email,roles\nEddie,${editor.email},editor|employee\nSame,${same.email},hr|employee`;
    await finish(api, (await confirm(api, (await preview(api, csv)).id)).id);
    const changes = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'person.roles_changed')));
    expect(changes.map((c) => [c.targetId, c.data])).toEqual([[editor.id, { from: ['employee'], to: ['editor', 'employee'] }]]);
  });

  it('a person with the e-mail of a login of another organisation is created without any credentials', async () => {
    const a = await adminOfNewOrg(tp);
    const elsewhere = await createPerson(tp, a.org.id, { name: 'Elsewhere' });
    const b = await adminOfNewOrg(tp);
    const p = await preview(b.api, `name,email,roles\nImported,${elsewhere.email.toUpperCase()},admin`);
    expect(await finish(b.api, (await confirm(b.api, p.id)).id)).toMatchObject({ status: 'done', created: 1 });
    expect(byEmail(await everyone(b.api), elsewhere.email)).toMatchObject({ status: 'pending', hasLogin: false });
    // Their login is untouched: same password, and it still enters their own organisation.
    const me = await (await (await signIn(tp, elsewhere.email)).get('/api/me')).json();
    expect(me.organisation.id).toBe(a.org.id);
  });
});
