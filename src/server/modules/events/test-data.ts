// Test-only helpers: an organisation with organisers and employees, events built through the API.
import { expect } from 'vitest';
import type { Ctx } from '../../platform/ctx';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import type { EventInputT, EventViewT } from './contract';
import { toLocal } from './zoned-time';

export const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

export async function ok<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const text = await r.text();
  expect(r.status, text).toBe(200);
  return JSON.parse(text) as T;
}

/** Rome wall-clock time `days` from now at `hour`. */
export const romeIn = (days: number, hour = 10) =>
  `${toLocal(new Date(Date.now() + days * 86_400_000), 'Europe/Rome').slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

export function eventInput(over: Partial<EventInputT> = {}): EventInputT {
  return {
    type: 'plant_visit',
    titleIt: 'Visita allo stabilimento di Parma',
    titleEn: 'Visit to the Parma plant',
    descriptionIt: 'Un giro delle linee con i capiturno.',
    descriptionEn: 'A tour of the lines with the shift leaders.',
    startsAt: romeIn(10, 10),
    endsAt: romeIn(10, 13),
    timeZone: 'Europe/Rome',
    site: 'Parma',
    address: 'Via Emilia 1, Parma',
    capacity: 2,
    targetAll: true,
    targets: [],
    status: 'published',
    ...over,
  };
}

/** An organisation with an organiser (editor) and three employees, every one signed in. */
export async function eventsOrg(tp: TestPlatform) {
  const { org, api: admin } = await adminOfNewOrg(tp);
  const organiser = await createPerson(tp, org.id, { roles: ['editor'], name: 'Olga Organizzatrice' });
  const anna = await createPerson(tp, org.id, { name: 'Anna Rossi', department: 'Produzione', site: 'Parma' });
  const bruno = await createPerson(tp, org.id, { name: 'Bruno Bianchi', department: 'Vendite', site: 'Milano' });
  const carla = await createPerson(tp, org.id, { name: 'Carla Verdi', department: 'Produzione', site: 'Milano' });
  return {
    org,
    admin,
    anna,
    bruno,
    carla,
    org_: await signIn(tp, organiser.email),
    as: (p: { email: string }) => signIn(tp, p.email),
  };
}

export async function createEvent(api: Awaited<ReturnType<typeof signIn>>, over: Partial<EventInputT> = {}) {
  return ok<EventViewT>(api.post('/api/events', eventInput(over)));
}

/** An employee's context without signing in (for hundreds of people at once). */
export function employeeCtx(tp: TestPlatform, orgId: string, p: { id: string; name: string; email: string }): Ctx {
  return {
    orgId,
    actor: { personId: p.id, userId: null, name: p.name, email: p.email, roles: ['employee'], locale: 'it' },
    db: tp.platform.db,
    platform: tp.platform,
    locale: 'it',
  };
}
