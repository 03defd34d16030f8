import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('organisation settings', () => {
  it('shows the defaults to any member, including an employee', async () => {
    const { org } = await adminOfNewOrg(tp);
    const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
    const res = await employee.get('/api/organisation/settings');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: org.name,
      disclosure: null,
      blockedWords: [],
      approvalRequired: false,
      costPerClick: 0.8,
      cpm: 12,
    });
  });

  it('lets an admin change the rules and audits the change', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const res = await api.patch('/api/organisation/settings', {
      name: 'Acciaierie Rossi',
      disclosure: '#dipendente',
      blockedWords: ['Concorrente', 'concorrente', 'gratis'],
      approvalRequired: true,
      costPerClick: 1.2,
      cpm: 9.5,
    });
    expect(res.status).toBe(200);
    expect(await (await api.get('/api/organisation/settings')).json()).toMatchObject({
      name: 'Acciaierie Rossi',
      disclosure: '#dipendente',
      blockedWords: ['concorrente', 'gratis'],
      approvalRequired: true,
      costPerClick: 1.2,
      cpm: 9.5,
    });
    const audits = await tp.platform.db.select().from(auditLog).where(eq(auditLog.orgId, org.id));
    const audit = audits.find((a) => a.action === 'organisation.settings_updated')!;
    expect(audit.data).toMatchObject({
      cpm: { from: 12, to: 9.5 },
      approvalRequired: { from: false, to: true },
      disclosure: { from: null, to: '#dipendente' },
      blockedWords: { from: [], to: ['concorrente', 'gratis'] },
    });

    const cleared = await (await api.patch('/api/organisation/settings', { disclosure: '' })).json();
    expect(cleared.disclosure).toBeNull();
  });

  it('refuses a disclosure over 60 characters and negative rates', async () => {
    const { api } = await adminOfNewOrg(tp);
    expect((await api.patch('/api/organisation/settings', { disclosure: 'x'.repeat(61) })).status).toBe(400);
    expect((await api.patch('/api/organisation/settings', { costPerClick: -1 })).status).toBe(400);
  });

  it('forbids changes by editors and employees', async () => {
    const { org } = await adminOfNewOrg(tp);
    for (const roles of [['editor'], ['employee']] as const) {
      const api = await signIn(tp, (await createPerson(tp, org.id, { roles: [...roles] })).email);
      expect((await api.patch('/api/organisation/settings', { cpm: 1 })).status).toBe(403);
    }
  });
});
