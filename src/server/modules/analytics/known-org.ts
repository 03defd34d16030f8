import { expect } from 'vitest';
import { createOrg, createPerson, type signIn } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import type { Overview } from './contract';
import { addPost, addShare, optOut, setRates } from './test-data';

export const MARCH = 'from=2026-03-01&to=2026-03-31';

/**
 * A known month: 6 eligible people (a pending invitee is not), 4 shares, 100 clicks in March (+100 in April, outside).
 * Team: manager M → A → B. C opted out of rankings; C's only share is on 1 March. All three are active in March.
 */
export async function knownOrg(tp: TestPlatform) {
  const org = await createOrg(tp);
  await setRates(tp, org.id, 0.5, 10);
  const admin = await createPerson(tp, org.id, { roles: ['admin'], locale: 'en' });
  const m = await createPerson(tp, org.id, { roles: ['manager'], department: 'Sales', site: 'Milano' });
  const a = await createPerson(tp, org.id, { name: 'Anna Rossi', department: 'Sales', site: 'Milano', managerId: m.id });
  const b = await createPerson(tp, org.id, { name: 'Bruno Bianchi', department: 'Sales', site: 'Roma', managerId: a.id });
  const c = await createPerson(tp, org.id, { name: 'Carla Verdi', department: 'Ops', site: 'Roma' });
  const d = await createPerson(tp, org.id, { department: 'Ops', site: 'Milano' });
  await createPerson(tp, org.id, { department: 'Ops', site: 'Roma', login: false });
  await optOut(tp, c);
  const p1 = await addPost(tp, org.id, 'Launch', ['product']);
  const p2 = await addPost(tp, org.id, 'Hiring', ['careers']);
  await addShare(tp, a, p1.id, {
    network: 'linkedin',
    day: '2026-03-10',
    audience: 1000,
    personalised: true,
    confirmed: true,
    clicks: { '2026-03-10': 30, '2026-03-11': 10, '2026-04-01': 100 },
  });
  await addShare(tp, a, p2.id, { network: 'x', day: '2026-03-12', personalised: false, clicks: { '2026-03-12': 5 } });
  await addShare(tp, b, p1.id, {
    network: 'linkedin',
    day: '2026-03-15',
    audience: 500,
    personalised: true,
    clicks: { '2026-03-16': 15 },
  });
  await addShare(tp, c, p2.id, {
    network: 'linkedin',
    day: '2026-03-01',
    audience: 2000,
    personalised: false,
    clicks: { '2026-03-02': 40 },
  });
  return { org, admin, m, a, b, c, d, p1, p2 };
}

export async function overview(api: Awaited<ReturnType<typeof signIn>>, query: string): Promise<Overview> {
  const res = await api.get(`/api/analytics/overview?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}
