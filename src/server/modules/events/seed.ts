import crypto from 'node:crypto';
import type { DemoPerson, DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { DEFAULT_SETTINGS } from '../organisations';
import { checkinCodeFor } from './checkin-code';
import { type EventType, eventRegistrations, eventSwaps, events, eventTargets, type RegistrationStatus } from './schema';
import { toInstant, toLocal } from './zoned-time';

const DAY = 86_400_000;
// The demo organisation keeps the default zone of the settings.
const ZONE = DEFAULT_SETTINGS.timeZone;

type Def = {
  type: EventType;
  titleIt: string;
  titleEn: string;
  descriptionIt: string;
  descriptionEn: string;
  inDays: number;
  hours: [number, number];
  site: string;
  address: string;
  capacity: number;
  confirmed: number;
  waiting: number;
  targetSite?: string;
};

const defs: Def[] = [
  {
    type: 'plant_visit',
    titleIt: 'Visita allo stabilimento di Parma',
    titleEn: 'Visit to the Parma plant',
    descriptionIt: 'Un giro delle linee di trafilatura ed essiccazione con i capiturno, e pranzo in mensa.',
    descriptionEn: 'A tour of the extrusion and drying lines with the shift leaders, and lunch in the canteen.',
    inDays: -30,
    hours: [10, 13],
    site: 'Parma',
    address: 'Via Emilia Ovest 120, Parma',
    capacity: 15,
    confirmed: 12,
    waiting: 0,
  },
  {
    type: 'photo_tour',
    titleIt: 'Tour fotografico: le mani che fanno la pasta',
    titleEn: 'Photo tour: the hands that make the pasta',
    descriptionIt: 'Con un fotografo, tra impasto e confezionamento. Porta il telefono: le foto migliori diventano storie.',
    descriptionEn: 'With a photographer, from dough to packing. Bring your phone: the best photos become stories.',
    inDays: 9,
    hours: [9, 12],
    site: 'Parma',
    address: 'Via Emilia Ovest 120, Parma',
    capacity: 8,
    confirmed: 8,
    waiting: 3,
  },
  {
    type: 'open_day',
    titleIt: 'Open day per le famiglie',
    titleEn: 'Family open day',
    descriptionIt: 'Le porte dello stabilimento aperte a famiglie e amici, con degustazione.',
    descriptionEn: 'The plant open to families and friends, with a tasting.',
    inDays: 20,
    hours: [10, 17],
    site: 'Parma',
    address: 'Via Emilia Ovest 120, Parma',
    capacity: 40,
    confirmed: 6,
    waiting: 0,
  },
  {
    type: 'volunteering',
    titleIt: 'Giornata di volontariato al banco alimentare',
    titleEn: 'Volunteering day at the food bank',
    descriptionIt: 'Una mattina a smistare donazioni con il banco alimentare di Milano.',
    descriptionEn: 'A morning sorting donations with the Milan food bank.',
    inDays: 35,
    hours: [9, 13],
    site: 'Milano',
    address: 'Via Ripamonti 44, Milano',
    capacity: 12,
    confirmed: 2,
    waiting: 0,
    targetSite: 'Milano',
  },
];

const localDay = (now: Date, days: number) => toLocal(new Date(now.getTime() + days * DAY), ZONE).slice(0, 10);
const at = (day: string, hour: number) => toInstant(`${day}T${String(hour).padStart(2, '0')}:00`, ZONE) as Date;

/**
 * Pastificio Aurora's events: last month's plant visit (attended; the stories seed tells it), a photo tour that is
 * full with a waiting list, an open day, a volunteering day for Milan, an approved job swap and one waiting for the
 * demo manager. Rows are written in their final state, deterministic (demo.random), no job or e-mail queued.
 */
export async function seedEvents(platform: Platform, demo: DemoSeed): Promise<void> {
  const active = demo.people.filter((p) => p.status === 'active');
  const creator = demo.people.find((p) => p.login === 'editor') ?? active[0];
  const employee = demo.people.find((p) => p.login === 'employee');
  const register = async (eventId: string, p: DemoPerson, status: RegistrationStatus, at: Date, checkedIn: Date | null) => {
    const id = crypto.randomUUID();
    await demo.db.insert(eventRegistrations).values({
      id,
      orgId: demo.orgId,
      eventId,
      personId: p.id,
      status,
      checkinCode: checkinCodeFor(platform.config.secret, demo.orgId, eventId, id),
      checkedInAt: checkedIn,
      checkedInBy: checkedIn ? creator.id : null,
      createdAt: at,
      updatedAt: at,
    });
  };
  for (const d of defs) {
    const day = localDay(demo.now, d.inDays);
    const startsAt = at(day, d.hours[0]);
    const past = d.inDays < 0;
    const [e] = await demo.db
      .insert(events)
      .values({
        orgId: demo.orgId,
        type: d.type,
        titleIt: d.titleIt,
        titleEn: d.titleEn,
        descriptionIt: d.descriptionIt,
        descriptionEn: d.descriptionEn,
        startsAt,
        endsAt: at(day, d.hours[1]),
        timeZone: ZONE,
        site: d.site,
        address: d.address,
        capacity: d.capacity,
        targetAll: !d.targetSite,
        status: 'published',
        storiesInvitedAt: past ? new Date(startsAt.getTime() + DAY) : null,
        createdBy: creator.id,
        createdAt: new Date(startsAt.getTime() - 21 * DAY),
      })
      .returning({ id: events.id });
    if (d.targetSite)
      await demo.db.insert(eventTargets).values({ orgId: demo.orgId, eventId: e.id, kind: 'site', value: d.targetSite });
    // The demo employee stays free to register (or join the waiting list) in the demo.
    const pool = active.filter((p) => p.id !== employee?.id && (!d.targetSite || p.site === d.targetSite));
    const picked: DemoPerson[] = [];
    while (picked.length < Math.min(pool.length, d.confirmed + d.waiting)) {
      const p = demo.random.pick(pool);
      if (!picked.includes(p)) picked.push(p);
    }
    const base = startsAt.getTime() - 14 * DAY;
    for (const [i, p] of picked.entries()) {
      const confirmed = i < d.confirmed;
      await register(
        e.id,
        p,
        confirmed ? 'confirmed' : 'waiting',
        new Date(base + i * 3_600_000),
        past && confirmed && i < d.confirmed - 2 ? new Date(startsAt.getTime() + 10 * 60_000) : null,
      );
    }
  }
  await seedSwaps(platform, demo, register);
}

type Register = (eventId: string, p: DemoPerson, status: RegistrationStatus, at: Date, checkedIn: Date | null) => Promise<void>;

async function seedSwaps(_platform: Platform, demo: DemoSeed, register: Register) {
  const active = demo.people.filter((p) => p.status === 'active' && p.managerId && !p.login);
  const manager = demo.people.find((p) => p.login === 'manager');
  const a = active.find((p) => p.department === 'Produzione') ?? active[0];
  const b = active.find((p) => p.department !== a?.department && p.managerId !== a?.managerId);
  if (a && b) {
    const day = localDay(demo.now, 12);
    const [e] = await demo.db
      .insert(events)
      .values({
        orgId: demo.orgId,
        type: 'job_swap',
        titleIt: `Scambio di posto: ${a.name} ⇄ ${b.name}`,
        titleEn: `Job swap: ${a.name} ⇄ ${b.name}`,
        descriptionIt: `${a.department} ⇄ ${b.department}`,
        descriptionEn: `${a.department} ⇄ ${b.department}`,
        startsAt: at(day, 9),
        endsAt: at(day, 17),
        timeZone: ZONE,
        capacity: 2,
        targetAll: false,
        status: 'published',
        createdBy: a.id,
      })
      .returning({ id: events.id });
    for (const p of [a, b]) {
      await demo.db.insert(eventTargets).values({ orgId: demo.orgId, eventId: e.id, kind: 'person', value: p.id });
      await register(e.id, p, 'confirmed', new Date(demo.now.getTime() - 3 * DAY), null);
    }
    await demo.db.insert(eventSwaps).values({
      orgId: demo.orgId,
      proposerId: a.id,
      partnerId: b.id,
      day,
      note: 'Vorrei capire come lavorano i colleghi dall’altra parte.',
      proposerManagerId: a.managerId,
      partnerManagerId: b.managerId,
      proposerApprovedAt: new Date(demo.now.getTime() - 4 * DAY),
      partnerApprovedAt: new Date(demo.now.getTime() - 3 * DAY),
      status: 'approved',
      eventId: e.id,
      createdAt: new Date(demo.now.getTime() - 6 * DAY),
    });
  }
  // One waiting for the demo manager's approval.
  const report = demo.people.find((p) => p.status === 'active' && manager && p.managerId === manager.id);
  const other = report && demo.people.find((p) => p.status === 'active' && p.managerId && p.department !== report.department);
  if (report && other)
    await demo.db.insert(eventSwaps).values({
      orgId: demo.orgId,
      proposerId: report.id,
      partnerId: other.id,
      day: localDay(demo.now, 25),
      note: 'Un giorno in un altro reparto per capire il nostro prodotto dall’inizio alla fine.',
      proposerManagerId: report.managerId,
      partnerManagerId: other.managerId,
      partnerApprovedAt: new Date(demo.now.getTime() - DAY),
      createdAt: new Date(demo.now.getTime() - 2 * DAY),
    });
}
