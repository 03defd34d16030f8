import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts } from '../content/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

// Issue 9 §4: the days that produce employee stories.
export const eventTypes = ['photo_tour', 'plant_visit', 'job_swap', 'training_day', 'open_day', 'volunteering'] as const;
export type EventType = (typeof eventTypes)[number];
export const eventStatuses = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];
/** confirmed: holds a seat; waiting: on the waiting list (ordered by `seq`, the arrival order). */
export const registrationStatuses = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
/** Same kinds as the targets of content posts. */
export const targetKinds = ['department', 'site', 'person'] as const;
export type TargetKind = (typeof targetKinds)[number];
export const swapStatuses = ['proposed', 'approved', 'declined', 'cancelled'] as const;
export type SwapStatus = (typeof swapStatuses)[number];

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const ts = (name: string) => timestamp(name, { withTimezone: true });

/** An event: instants stored in UTC, the zone kept to show and edit them as the organiser entered them. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    type: text('type').$type<EventType>().notNull(),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionIt: text('description_it').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Rome'),
    site: text('site'),
    address: text('address'),
    capacity: integer('capacity').notNull(),
    registrationOpensAt: ts('registration_opens_at'),
    registrationClosesAt: ts('registration_closes_at'),
    /** true: everyone; false: only the rows of event_targets (same rule as content posts). */
    targetAll: boolean('target_all').notNull().default(true),
    status: text('status').$type<EventStatus>().notNull().default('draft'),
    /** The hidden content post that carries the event page's tracked links (created at the first share). */
    sharePostId: uuid('share_post_id').references(() => posts.id, { onDelete: 'set null' }),
    /** Set by the after-event sweep when it invites attendees to tell the day: never twice. */
    storiesInvitedAt: ts('stories_invited_at'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('events_org_starts').on(t.orgId, t.startsAt)],
);

export const eventTargets = pgTable(
  'event_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TargetKind>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [index('event_targets_event').on(t.eventId)],
);

/** One per person and event (cancelling and registering again reopens it at the end of the queue). */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status').$type<RegistrationStatus>().notNull(),
    /** Arrival order: taken under the event's row lock, so the waiting list is first come, first served. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /** HMAC-derived check-in code (see checkin-code.ts); unique per event. */
    checkinCode: text('checkin_code').notNull(),
    checkedInAt: ts('checked_in_at'),
    checkedInBy: uuid('checked_in_by').references(() => people.id, { onDelete: 'set null' }),
    promotedAt: ts('promoted_at'),
    reminderSentAt: ts('reminder_sent_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_registrations_person').on(t.eventId, t.personId),
    uniqueIndex('event_registrations_code').on(t.eventId, t.checkinCode),
    index('event_registrations_queue').on(t.eventId, t.status, t.seq),
    index('event_registrations_person_idx').on(t.personId),
  ],
);

/** A job swap: two people of different departments swap for a day once both managers approve. */
export const eventSwaps = pgTable(
  'event_swaps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    proposerId: uuid('proposer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    note: text('note').notNull().default(''),
    proposerManagerId: uuid('proposer_manager_id').references(() => people.id, { onDelete: 'set null' }),
    partnerManagerId: uuid('partner_manager_id').references(() => people.id, { onDelete: 'set null' }),
    proposerApprovedAt: ts('proposer_approved_at'),
    partnerApprovedAt: ts('partner_approved_at'),
    status: text('status').$type<SwapStatus>().notNull().default('proposed'),
    declinedBy: uuid('declined_by').references(() => people.id, { onDelete: 'set null' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_swaps_org').on(t.orgId, t.status),
    uniqueIndex('event_swaps_event').on(t.eventId).where(sql`${t.eventId} is not null`),
  ],
);
