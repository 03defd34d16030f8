import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { checkinCodeFor, normaliseCode } from './checkin-code';
import type { CheckInResultT, EventMeasureT, MyRegistrationT } from './contract';
import { createEvent, errorCode, eventsOrg, ok } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('check-in', { timeout: 240_000 }, () => {
  it('records attendance once from a typed code; codes of another event or organisation are refused', async () => {
    const { org_, anna, bruno, as } = await eventsOrg(tp);
    const e = await createEvent(org_, { capacity: 1 });
    const other = await createEvent(org_);
    const a = await ok<MyRegistrationT>((await as(anna)).post(`/api/events/${e.id}/registration`));
    const b = await ok<MyRegistrationT>((await as(bruno)).post(`/api/events/${e.id}/registration`));
    expect(b.status).toBe('waiting');
    const code = a.checkinCode as string;

    const typed = code.toLowerCase().replace(/-/g, ' ');
    const first = await ok<CheckInResultT>(org_.post(`/api/events/${e.id}/check-in`, { code: typed }));
    expect(first).toMatchObject({ name: 'Anna Rossi', alreadyCheckedIn: false });
    const second = await ok<CheckInResultT>(org_.post(`/api/events/${e.id}/check-in`, { code }));
    expect(second).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.checkedInAt });

    // The same code at another event of the organisation.
    const elsewhere = await org_.post(`/api/events/${other.id}/check-in`, { code });
    expect(elsewhere.status).toBe(404);
    expect(await errorCode(elsewhere)).toBe('events.unknown_code');
    // An organisation's organiser cannot check in at another organisation's event, nor use its codes.
    const foreign = await eventsOrg(tp);
    const theirs = await createEvent(foreign.org_);
    expect((await foreign.org_.post(`/api/events/${e.id}/check-in`, { code })).status).toBe(404);
    expect((await foreign.org_.post(`/api/events/${theirs.id}/check-in`, { code })).status).toBe(404);
    // A guessed code, garbage and employees are refused.
    expect((await org_.post(`/api/events/${e.id}/check-in`, { code: 'AAAA-BBBB-CCCC' })).status).toBe(404);
    expect((await org_.post(`/api/events/${e.id}/check-in`, { code: '' })).status).toBe(400);
    expect((await (await as(anna)).post(`/api/events/${e.id}/check-in`, { code })).status).toBe(403);

    const m = await ok<{ events: EventMeasureT[] }>(org_.get('/api/events/measures'));
    expect(m.events.find((x) => x.eventId === e.id)).toMatchObject({ registrations: 2, waiting: 1, attended: 1 });
    const csv = await org_.get('/api/events/measures.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('"Visita allo stabilimento di Parma"');
  });

  it('derives codes from the server secret, bound to organisation, event and registration', () => {
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const c = checkinCodeFor('secret-a', ids[0], ids[1], ids[0]);
    expect(c).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(checkinCodeFor('secret-b', ids[0], ids[1], ids[0])).not.toBe(c);
    expect(checkinCodeFor('secret-a', ids[1], ids[1], ids[0])).not.toBe(c);
    expect(checkinCodeFor('secret-a', ids[0], ids[0], ids[0])).not.toBe(c);
    expect(normaliseCode(c.toLowerCase().replace(/-/g, ''))).toBe(c);
  });
});
