import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { EventViewT } from './contract';
import { createEvent, errorCode, eventInput, eventsOrg } from './test-data';
import { toInstant, toLocal } from './zoned-time';

describe('local times across daylight-saving changes', () => {
  it('converts Rome wall-clock times to the right instants on both sides of each change', () => {
    expect(toInstant('2027-03-27T10:00', 'Europe/Rome')?.toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(toInstant('2027-03-28T10:00', 'Europe/Rome')?.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(toInstant('2027-10-30T10:00', 'Europe/Rome')?.toISOString()).toBe('2027-10-30T08:00:00.000Z');
    expect(toInstant('2027-10-31T10:00', 'Europe/Rome')?.toISOString()).toBe('2027-10-31T09:00:00.000Z');
    // 02:30 on the spring change never happens in Rome; on the autumn change it happens twice (the first is taken).
    expect(toInstant('2027-03-28T02:30', 'Europe/Rome')).toBeNull();
    expect(toInstant('2027-10-31T02:30', 'Europe/Rome')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(toLocal(new Date('2027-10-31T09:00:00Z'), 'Europe/Rome')).toBe('2027-10-31T10:00');
    expect(toInstant('2027-03-28T10:00', 'America/New_York')?.toISOString()).toBe('2027-03-28T14:00:00.000Z');
  });
});

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('events on the days the clocks change', { timeout: 120_000 }, () => {
  it('stores the instants and shows the times as entered; a time that does not exist is refused', async () => {
    const { org_ } = await eventsOrg(tp);
    const spring: EventViewT = await createEvent(org_, { startsAt: '2027-03-28T10:00', endsAt: '2027-03-28T12:00' });
    expect(spring).toMatchObject({
      startsAt: '2027-03-28T08:00:00.000Z',
      startsAtLocal: '2027-03-28T10:00',
      timeZone: 'Europe/Rome',
    });
    const autumn = await createEvent(org_, { startsAt: '2027-10-31T10:00', endsAt: '2027-10-31T12:00' });
    expect(autumn).toMatchObject({ startsAt: '2027-10-31T09:00:00.000Z', endsAtLocal: '2027-10-31T12:00' });
    const gap = await org_.post('/api/events', eventInput({ startsAt: '2027-03-28T02:30', endsAt: '2027-03-28T04:00' }));
    expect(gap.status).toBe(422);
    expect(await errorCode(gap)).toBe('events.nonexistent_time');
    const bad = await org_.post('/api/events', eventInput({ startsAt: '2027-02-30T10:00' }));
    expect(bad.status).toBe(400);
    const zone = await org_.post('/api/events', { ...eventInput(), timeZone: 'Mars/Olympus' });
    expect(zone.status).toBe(400);
    const backwards = await org_.post('/api/events', eventInput({ startsAt: '2027-05-01T10:00', endsAt: '2027-05-01T09:00' }));
    expect(await errorCode(backwards)).toBe('events.ends_before_start');
  });
});
