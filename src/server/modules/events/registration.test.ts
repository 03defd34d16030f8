import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { EventViewT, MyRegistrationT, RegistrationRowT } from './contract';
import { promoteJob } from './jobs';
import { createEvent, errorCode, eventInput, eventsOrg, ok } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type ListT = { events: EventViewT[] };
const mailsTo = async (email: string, template: string) =>
  (
    await tp.platform.database.executeSql(`select subject from mail_messages where "to" = $1 and template = $2`, [
      email,
      template,
    ])
  ).rows.map((r) => r.subject as string);

describe('registration and waiting list', { timeout: 240_000 }, () => {
  it('registers twice as one; beyond capacity waits; a cancellation promotes the first waiting, mailed once by the job', async () => {
    const { org, org_, anna, bruno, carla, as } = await eventsOrg(tp);
    const e = await createEvent(org_, { capacity: 1 });
    const annaApi = await as(anna);
    const [a1, a2] = await Promise.all([
      ok<MyRegistrationT>(annaApi.post(`/api/events/${e.id}/registration`)),
      ok<MyRegistrationT>(annaApi.post(`/api/events/${e.id}/registration`)),
    ]);
    expect(a1.id).toBe(a2.id);
    expect(a1.status).toBe('confirmed');
    expect(a1.checkinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(a1.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const brunoApi = await as(bruno);
    const b = await ok<MyRegistrationT>(brunoApi.post(`/api/events/${e.id}/registration`));
    expect(b).toMatchObject({ status: 'waiting', waitingPosition: 1, checkinCode: null });
    const c = await ok<MyRegistrationT>((await as(carla)).post(`/api/events/${e.id}/registration`));
    expect(c).toMatchObject({ status: 'waiting', waitingPosition: 2 });

    // Someone else's registration does not exist for an employee.
    expect((await brunoApi.post(`/api/events/registrations/${a1.id}/cancel`)).status).toBe(404);
    expect((await ok<MyRegistrationT>(annaApi.post(`/api/events/registrations/${a1.id}/cancel`))).status).toBe('cancelled');
    // The cancellation queued the promotion; sending it again (a retry, the sweep) changes nothing.
    await tp.platform.jobs.send(promoteJob, { orgId: org.id, eventId: e.id });
    await tp.platform.jobs.drain(tp.platform);
    const seen = await ok<EventViewT>(brunoApi.get(`/api/events/${e.id}`));
    expect(seen.mine).toMatchObject({ status: 'confirmed', waitingPosition: null });
    expect(seen).toMatchObject({ confirmed: 1, waiting: 1 });
    expect(await mailsTo(bruno.email, 'event_promoted')).toEqual(['Hai un posto: Visita allo stabilimento di Parma']);
    expect(await mailsTo(carla.email, 'event_promoted')).toEqual([]);
    const carlaNow = await ok<EventViewT>((await as(carla)).get(`/api/events/${e.id}`));
    expect(carlaNow.mine).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    // Coming back after cancelling: at the end of the queue, on the same registration.
    const back = await ok<MyRegistrationT>(annaApi.post(`/api/events/${e.id}/registration`));
    expect(back).toMatchObject({ id: a1.id, status: 'waiting', waitingPosition: 2 });
  });

  it('runs the promotion twice at once: one person promoted, one e-mail', async () => {
    const { org, org_, anna, bruno, as } = await eventsOrg(tp);
    const e = await createEvent(org_, { capacity: 1 });
    const a = await ok<MyRegistrationT>((await as(anna)).post(`/api/events/${e.id}/registration`));
    await ok((await as(bruno)).post(`/api/events/${e.id}/registration`));
    await ok((await as(anna)).post(`/api/events/registrations/${a.id}/cancel`));
    const { promoteEvent } = await import('./jobs');
    await Promise.all([promoteEvent(tp.platform, org.id, e.id), promoteEvent(tp.platform, org.id, e.id)]);
    await tp.platform.jobs.drain(tp.platform);
    expect(await mailsTo(bruno.email, 'event_promoted')).toHaveLength(1);
    const regs = await ok<{ registrations: RegistrationRowT[] }>(org_.get(`/api/events/${e.id}/registrations`));
    expect(regs.registrations.map((r) => [r.name, r.status])).toEqual([
      ['Bruno Bianchi', 'confirmed'],
      ['Anna Rossi', 'cancelled'],
    ]);
  });

  it('refuses a capacity below the confirmed count, and a larger capacity promotes the waiting', async () => {
    const { org_, anna, bruno, carla, as } = await eventsOrg(tp);
    const e = await createEvent(org_, { capacity: 2 });
    for (const p of [anna, bruno, carla]) await ok((await as(p)).post(`/api/events/${e.id}/registration`));
    const low = await org_.put(`/api/events/${e.id}`, eventInput({ capacity: 1 }));
    expect(low.status).toBe(409);
    const body = (await low.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('events.capacity_below_confirmed');
    expect(body.error.message).toContain('2');
    const up = await ok<EventViewT>(org_.put(`/api/events/${e.id}`, eventInput({ capacity: 3 })));
    expect(up.capacity).toBe(3);
    await tp.platform.jobs.drain(tp.platform);
    const c = await ok<EventViewT>((await as(carla)).get(`/api/events/${e.id}`));
    expect(c.mine?.status).toBe('confirmed');
  });

  it('shows events only to their audience (the rule of posts), registration only within its window', async () => {
    const { org, org_, anna, bruno, as } = await eventsOrg(tp);
    const targeted = await createEvent(org_, { targetAll: false, targets: [{ kind: 'department', value: 'Produzione' }] });
    const annaList = await ok<ListT>((await as(anna)).get('/api/events'));
    const brunoList = await ok<ListT>((await as(bruno)).get('/api/events'));
    expect(annaList.events.map((x) => x.id)).toContain(targeted.id);
    expect(brunoList.events.map((x) => x.id)).not.toContain(targeted.id);
    expect((await (await as(bruno)).get(`/api/events/${targeted.id}`)).status).toBe(404);
    expect((await (await as(bruno)).post(`/api/events/${targeted.id}/registration`)).status).toBe(404);
    const byPerson = await createEvent(org_, { targetAll: false, targets: [{ kind: 'person', value: bruno.id }] });
    expect((await ok<ListT>((await as(bruno)).get('/api/events'))).events.map((x) => x.id)).toContain(byPerson.id);
    const later = await createEvent(org_, { registrationOpensAt: eventInput().startsAt.replace(/T.*/, 'T08:00') });
    const res = await (await as(anna)).post(`/api/events/${later.id}/registration`);
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('events.registration_closed');
    const draft = await createEvent(org_, { status: 'draft' });
    expect((await (await as(anna)).get(`/api/events/${draft.id}`)).status).toBe(404);
    // Employees cannot create events.
    expect((await (await as(anna)).post('/api/events', eventInput())).status).toBe(403);
    const pending = await createPerson(tp, org.id, { login: false });
    expect(pending.status).toBe('pending');
  });

  it('gives an .ics of the registration and the feed card lists upcoming events', async () => {
    const { org_, anna, as } = await eventsOrg(tp);
    const e = await createEvent(org_);
    const api = await as(anna);
    const r = await ok<MyRegistrationT>(api.post(`/api/events/${e.id}/registration`));
    const res = await api.get(`/api/events/registrations/${r.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('SUMMARY:Visita allo stabilimento di Parma');
    expect(ics).toContain(`DTSTART:${new Date(e.startsAt).toISOString().replace(/[-:]/g, '').slice(0, 13)}`);
    // The event page is shared through the person's own tracked link, the same each time.
    const [l1, l2] = await Promise.all([
      ok<{ url: string }>(api.post(`/api/events/${e.id}/share-link`)),
      ok<{ url: string }>(api.post(`/api/events/${e.id}/share-link`)),
    ]);
    expect(l1.url).toMatch(/\/l\/\w+$/);
    expect(l2.url).toBe(l1.url);
    const feed = await ok<ListT>(api.get('/api/events?scope=upcoming'));
    expect(feed.events[0]).toMatchObject({ id: e.id, mine: { status: 'confirmed' } });
  });

  it('reminds confirmed people the day before, once; an event later the same day is "today"', async () => {
    const { org_, anna, bruno, as } = await eventsOrg(tp);
    const { toLocal, toInstant } = await import('./zoned-time');
    // Tomorrow on Rome's calendar, whatever the hour the test runs at.
    const [y, m, d] = toLocal(new Date(), 'Europe/Rome').slice(0, 10).split('-').map(Number);
    const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    const e = await createEvent(org_, { startsAt: `${tomorrow}T12:00`, endsAt: `${tomorrow}T13:00` });
    await ok((await as(anna)).post(`/api/events/${e.id}/registration`));
    const { sendReminders } = await import('./send-reminders');
    await Promise.all([sendReminders(tp.platform), sendReminders(tp.platform)]);
    await sendReminders(tp.platform);
    expect(await mailsTo(anna.email, 'event_reminder')).toEqual(['Domani: Visita allo stabilimento di Parma']);

    // Set up at short notice: the sweep at 10:00 on the event's own day says "today".
    const late = await createEvent(org_, { startsAt: `${tomorrow}T18:00`, endsAt: `${tomorrow}T19:00` });
    await ok((await as(bruno)).post(`/api/events/${late.id}/registration`));
    await sendReminders(tp.platform, toInstant(`${tomorrow}T10:00`, 'Europe/Rome') ?? new Date());
    expect(await mailsTo(bruno.email, 'event_reminder')).toEqual(['Oggi: Visita allo stabilimento di Parma']);
  });
});
