import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { people } from '../people/schema';
import type { RegistrationRowT } from './contract';
import { register } from './register';
import { createEvent, employeeCtx, eventsOrg, ok } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('200 people registering at once for 50 seats', { timeout: 300_000 }, () => {
  it('confirms exactly 50 and puts 150 on the waiting list in arrival order', async () => {
    const { org, org_ } = await eventsOrg(tp);
    const e = await createEvent(org_, { capacity: 50 });
    const crowd = await tp.platform.db
      .insert(people)
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          orgId: org.id,
          email: `crowd-${i}-${org.id.slice(0, 8)}@example.test`,
          name: `Persona ${String(i).padStart(3, '0')}`,
          roles: ['employee' as const],
          status: 'active' as const,
        })),
      )
      .returning();
    const results = await Promise.all(crowd.map((p) => register({ ctx: employeeCtx(tp, org.id, p), input: { eventId: e.id } })));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    const waiting = results.filter((r) => r.status === 'waiting');
    expect(waiting).toHaveLength(150);

    const { rows } = await tp.platform.database.executeSql(
      'select id, status, seq from event_registrations where event_id = $1 order by seq',
      [e.id],
    );
    expect(rows).toHaveLength(200);
    // Arrival order is the order of the seats: the first 50 to arrive hold them, the next 150 wait behind.
    expect(rows.slice(0, 50).every((r) => r.status === 'confirmed')).toBe(true);
    expect(rows.slice(50).every((r) => r.status === 'waiting')).toBe(true);
    const list = await ok<{ registrations: RegistrationRowT[] }>(org_.get(`/api/events/${e.id}/registrations`));
    const queue = list.registrations.filter((r) => r.status === 'waiting');
    expect(queue.map((r) => r.waitingPosition)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(queue.map((r) => r.id)).toEqual(rows.slice(50).map((r) => r.id));
    // Each person's own position matches the list.
    const first = results.find((r) => r.id === rows[50].id);
    expect(first?.waitingPosition).toBe(1);

    // Registering again changes nothing: still 200 rows, one per person.
    await Promise.all(crowd.slice(0, 20).map((p) => register({ ctx: employeeCtx(tp, org.id, p), input: { eventId: e.id } })));
    const again = await tp.platform.database.executeSql(
      'select count(*)::int as n from event_registrations where event_id = $1',
      [e.id],
    );
    expect(again.rows[0].n).toBe(200);
  });
});
