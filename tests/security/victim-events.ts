// The victim organisation's events: a row in every events table, each carrying the marker where it has text.
import crypto from 'node:crypto';
import { checkinCodeFor } from '../../src/server/modules/events/checkin-code';
import { eventRegistrations, eventSwaps, events, eventTargets } from '../../src/server/modules/events/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimEvents(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const day = 86_400_000;
  const [e] = await db
    .insert(events)
    .values({
      orgId,
      type: 'plant_visit',
      titleIt: `Visita ${marker}`,
      titleEn: `Visit ${marker}`,
      descriptionIt: marker,
      descriptionEn: marker,
      startsAt: new Date(Date.now() + 7 * day),
      endsAt: new Date(Date.now() + 7 * day + 3_600_000),
      site: `Site ${marker}`,
      address: `Address ${marker}`,
      capacity: 1,
      targetAll: false,
      status: 'published',
      createdBy: v.admin.id,
    })
    .returning();
  await db.insert(eventTargets).values({ orgId, eventId: e.id, kind: 'department', value: `Dept ${marker}` });
  for (const [personId, status] of [
    [v.employee.id, 'confirmed'],
    [v.manager.id, 'waiting'],
  ] as const) {
    const id = crypto.randomUUID();
    await db.insert(eventRegistrations).values({
      id,
      orgId,
      eventId: e.id,
      personId,
      status,
      checkinCode: checkinCodeFor(tp.platform.config.secret, orgId, e.id, id),
    });
  }
  await db.insert(eventSwaps).values({
    orgId,
    proposerId: v.employee.id,
    partnerId: v.admin.id,
    day: new Date(Date.now() + 10 * day).toISOString().slice(0, 10),
    note: `Swap ${marker}`,
    proposerManagerId: v.manager.id,
    partnerManagerId: v.manager.id,
  });
  return { eventId: e.id };
}
