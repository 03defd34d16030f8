import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { links } from '../links/schema';
import { mailMessages } from '../mail/schema';
import { people } from '../people/schema';
import type { AlertListT, DashboardT, MemberListT } from './contract';
import { offboardDeactivated } from './offboard';
import { members } from './schema';
import { memberOf, programmeOrg, shareWithClicks } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const clicksAt = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ hash: `${prefix}${i}`, at: new Date(Date.now() - (i + 1) * 3_600_000) }));

describe('risks', { timeout: 120_000 }, () => {
  it('a key voice with a leaving date raises one valanga alert for comms, with colleagues of the same family', async () => {
    const s = await programmeOrg(tp);
    const editor = await createPerson(tp, s.org.id, { roles: ['editor'] });
    const star = await memberOf(tp, s, { jobFamily: 'Qualità', name: 'Stella Qualità' });
    const quiet = await memberOf(tp, s, { jobFamily: 'Vendite' });
    const heir = await s.employee({ jobFamily: 'Qualità', name: 'Erede Qualità' });
    await heir.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Posso continuare io' });
    await shareWithClicks(tp, s.org.id, star.person.id, { visitors: clicksAt(8, 's') });
    await shareWithClicks(tp, s.org.id, quiet.person.id, { visitors: clicksAt(2, 'q') });

    const list: MemberListT = await (await s.api.get(`/api/programmes/${s.programme.id}/members`)).json();
    const starMember = list.items.find((x) => x.person.id === star.person.id)!;
    const url = `/api/programmes/${s.programme.id}/members/${starMember.id}/leaving`;
    expect((await s.api.put(url, { leavingOn: '2030-03-31' })).status).toBe(200);
    expect((await s.api.put(url, { leavingOn: '2030-04-30' })).status).toBe(200);
    const alerts: AlertListT = await (await s.api.get(`/api/programmes/${s.programme.id}/alerts`)).json();
    expect(alerts.items).toHaveLength(1);
    expect(alerts.items[0]).toMatchObject({
      person: 'Stella Qualità',
      trigger: 'leaving',
      clickShare: 0.8,
      affected: { clicks: 8, shares: 1, posts: 1 },
    });
    expect(alerts.items[0].suggestions[0]).toEqual({ personId: heir.person.id, name: 'Erede Qualità' });
    const told = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.to, editor.email), eq(mailMessages.template, 'programme_valanga')));
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain('80%');
    const dashboard: DashboardT = await (await s.api.get(`/api/programmes/${s.programme.id}/dashboard`)).json();
    expect(dashboard.concentration.topMemberShare).toBeCloseTo(0.8);
  });

  it('a deactivated member leaves the programme (their links stay), raising the alert once however often the sweep runs', async () => {
    const s = await programmeOrg(tp);
    const star = await memberOf(tp, s, { jobFamily: 'Produzione' });
    const { link } = await shareWithClicks(tp, s.org.id, star.person.id, { visitors: clicksAt(5, 'd') });
    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, star.person.id));
    const moved = await Promise.all([offboardDeactivated(tp.platform), offboardDeactivated(tp.platform)]);
    await offboardDeactivated(tp.platform);
    expect(moved.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const [seat] = await tp.platform.db.select().from(members).where(eq(members.personId, star.person.id));
    expect(seat.status).toBe('left');
    const alerts: AlertListT = await (await s.api.get(`/api/programmes/${s.programme.id}/alerts`)).json();
    expect(alerts.items.map((a) => [a.trigger, a.clickShare])).toEqual([['deactivated', 1]]);
    const [stillThere] = await tp.platform.db.select().from(links).where(eq(links.id, link.id));
    expect(stillThere.code).toBe(link.code);
    expect((await s.api.post(`/api/programmes/${s.programme.id}/alerts/${alerts.items[0].id}/acknowledge`)).status).toBe(200);
  });
});
