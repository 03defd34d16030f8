import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { EventViewT, MyRegistrationT } from './contract';
import { sendReminders } from './send-reminders';
import { errorCode, eventInput, eventsOrg, ok } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const reminders = async (email: string) =>
  (
    await tp.platform.database.executeSql(`select text from mail_messages where "to" = $1 and template = 'event_reminder'`, [
      email,
    ])
  ).rows.map((r) => String(r.text));

describe("the organisation's time zone", { timeout: 240_000 }, () => {
  it('is Europe/Rome until an admin picks another IANA zone; unknown zones are refused', async () => {
    const { admin } = await eventsOrg(tp);
    expect(await ok<{ timeZone: string }>(admin.get('/api/organisation/settings'))).toMatchObject({ timeZone: 'Europe/Rome' });
    const bad = await admin.patch('/api/organisation/settings', { timeZone: 'Mars/Olympus_Mons' });
    expect(bad.status).toBe(400);
    expect(await errorCode(bad)).toBe('validation_failed');
    expect((await admin.patch('/api/organisation/settings', { timeZone: 'x'.repeat(500) })).status).toBe(400);
    // Stored in its canonical spelling.
    const set = await ok<{ timeZone: string }>(admin.patch('/api/organisation/settings', { timeZone: 'america/new_york' }));
    expect(set.timeZone).toBe('America/New_York');
  });

  it('reads, shows, files and reminds events on New York clocks across the March DST change', async () => {
    const { admin, org_, anna, as } = await eventsOrg(tp);
    await ok(admin.patch('/api/organisation/settings', { timeZone: 'America/New_York' }));
    const { timeZone: _omitted, ...input } = eventInput();
    // US clocks go forward on Sunday 14 March 2027: 9:00 is 14:00 UTC the Friday before, 13:00 UTC the Monday after.
    const before = await ok<EventViewT>(
      org_.post('/api/events', { ...input, startsAt: '2027-03-12T09:00', endsAt: '2027-03-12T12:00' }),
    );
    const after = await ok<EventViewT>(
      org_.post('/api/events', { ...input, startsAt: '2027-03-15T09:00', endsAt: '2027-03-15T12:00' }),
    );
    expect(before).toMatchObject({
      timeZone: 'America/New_York',
      startsAt: '2027-03-12T14:00:00.000Z',
      startsAtLocal: '2027-03-12T09:00',
    });
    expect(after).toMatchObject({
      timeZone: 'America/New_York',
      startsAt: '2027-03-15T13:00:00.000Z',
      startsAtLocal: '2027-03-15T09:00',
    });
    // 2:30 on the morning of the change does not exist in New York.
    const skipped = await org_.post('/api/events', { ...input, startsAt: '2027-03-14T02:30', endsAt: '2027-03-14T04:00' });
    expect(await errorCode(skipped)).toBe('events.nonexistent_time');

    const annaApi = await as(anna);
    const mine = await ok<MyRegistrationT>(annaApi.post(`/api/events/${after.id}/registration`));
    const ics = await (await annaApi.get(`/api/events/registrations/${mine.id}/calendar.ics`)).text();
    expect(ics).toContain('DTSTART:20270315T130000Z');

    // "The day before" is Sunday 14 March on New York clocks: not at 23:30 on Saturday (04:30 UTC)…
    await sendReminders(tp.platform, new Date('2027-03-14T04:30:00Z'));
    expect(await reminders(anna.email)).toEqual([]);
    // …but from 00:30 on Sunday (05:30 UTC), 31½ hours before the start; said in New York time.
    await sendReminders(tp.platform, new Date('2027-03-14T05:30:00Z'));
    await sendReminders(tp.platform, new Date('2027-03-14T06:30:00Z'));
    const sent = await reminders(anna.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/09:00/);
  });

  it('reads registration windows on the organisation’s clocks (London, either side of its March change)', async () => {
    const { admin, org_, anna, as } = await eventsOrg(tp);
    await ok(admin.patch('/api/organisation/settings', { timeZone: 'Europe/London' }));
    const { timeZone: _omitted, ...input } = eventInput();
    const e = await ok<EventViewT>(
      org_.post('/api/events', {
        ...input,
        startsAt: '2027-04-10T10:00',
        endsAt: '2027-04-10T12:00',
        registrationOpensAt: '2027-03-27T09:00',
        registrationClosesAt: '2027-03-29T09:00',
      }),
    );
    // 27 March is still GMT (9:00 = 9:00 UTC); 29 March is summer time (9:00 = 8:00 UTC).
    expect(e).toMatchObject({
      timeZone: 'Europe/London',
      registrationOpensAt: '2027-03-27T09:00:00.000Z',
      registrationClosesAt: '2027-03-29T08:00:00.000Z',
      registrationOpen: false,
    });
    const res = await (await as(anna)).post(`/api/events/${e.id}/registration`);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});
