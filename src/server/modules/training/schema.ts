import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts } from '../content/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

// Seed 000: the four reasons people see value in training, each marketed differently.
export const motivations = ['contingent', 'career', 'mandatory', 'community'] as const;
export type Motivation = (typeof motivations)[number];
export const trainingKinds = ['course', 'workshop', 'certification', 'elearning'] as const;
export type TrainingKind = (typeof trainingKinds)[number];
export const trainingStatuses = ['draft', 'published', 'archived'] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];
/** Who a value proposition speaks to. `managers`: the line managers' own proposition (what their team gains). */
export const populationKinds = ['everyone', 'department', 'site', 'job_title', 'job_family', 'new_hires', 'managers'] as const;
export type PopulationKind = (typeof populationKinds)[number];
/** pending: waits for the manager's approval (holds its seat); waitlisted: no seat yet, first come first served. */
export const enrolmentStatuses = ['pending', 'enrolled', 'waitlisted', 'cancelled', 'declined'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];
export const completionSources = ['checkin', 'csv', 'xapi'] as const;
export type CompletionSource = (typeof completionSources)[number];
/** Where an enrolment came from: the campaign channels, the manager's nudge, or the catalogue itself. */
export const channels = ['feed', 'email', 'poster', 'advocacy', 'nudge', 'catalogue'] as const;
export type Channel = (typeof channels)[number];

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A training offer: a course, workshop, certification or e-learning link, marketed to target populations. */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind').$type<TrainingKind>().notNull(),
    motivation: text('motivation').$type<Motivation>().notNull(),
    /** Why the organisation makes it mandatory (required for mandatory trainings: seed 000). */
    organisationalNeed: text('organisational_need'),
    /** Mandatory trainings: to be completed by this day, then overdue and escalated to the manager. */
    dueDate: date('due_date'),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Cost per participant in the training currency's minor unit (cents). */
    costCents: integer('cost_cents').notNull().default(0),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    /** Open to the public (a public course page): it may be promoted by an advocacy post. */
    publicUrl: text('public_url'),
    elearningUrl: text('elearning_url'),
    /** The LMS's course code: matched by the CSV import and by xAPI activity ids. */
    code: text('code'),
    status: text('status').$type<TrainingStatus>().notNull().default('draft'),
    /** Shown on the feed card of eligible people who have not enrolled yet. */
    promoted: boolean('promoted').notNull().default(true),
    /** The content post that carries the campaign's tracked links (poster, e-mail); never shown in feeds. */
    campaignPostId: uuid('campaign_post_id').references(() => posts.id, { onDelete: 'set null' }),
    /** Who owns the campaign's tracked links (the L&D person who started the campaign). */
    campaignOwnerId: uuid('campaign_owner_id').references(() => people.id, { onDelete: 'set null' }),
    advocacyPostId: uuid('advocacy_post_id').references(() => posts.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trainings_org').on(t.orgId, t.status),
    uniqueIndex('trainings_org_code').on(t.orgId, sql`lower(${t.code})`).where(sql`${t.code} is not null`),
  ],
);

/** One value proposition per target population: benefits perceived, problem solved, what they can do afterwards. */
export const trainingPropositions = pgTable(
  'training_propositions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    kind: text('kind').$type<PopulationKind>().notNull(),
    /** The department, site, job title or family; for new hires the number of days since hiring. */
    value: text('value'),
    benefits: text('benefits').notNull(),
    problem: text('problem').notNull(),
    outcome: text('outcome').notNull(),
    position: integer('position').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_propositions_training').on(t.trainingId, t.position)],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    seats: integer('seats').notNull(),
    trainerId: uuid('trainer_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('training_sessions_training').on(t.trainingId, t.startsAt), index('training_sessions_trainer').on(t.trainerId)],
);

/** One per person and training (a cancelled one is reopened by enrolling again). Completed = completed_at set. */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').references(() => trainingSessions.id, { onDelete: 'set null' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status').$type<EnrolmentStatus>().notNull(),
    channel: text('channel').$type<Channel>(),
    decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completionSource: text('completion_source').$type<CompletionSource>(),
    /** Set once by the reminder sweep when it queues the e-mail: a reminder is never sent twice. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_enrolments_person').on(t.trainingId, t.personId),
    index('training_enrolments_session').on(t.sessionId, t.status),
    index('training_enrolments_org').on(t.orgId, t.trainingId),
    index('training_enrolments_learner').on(t.personId),
  ],
);

/** A line manager's endorsement with a personal note, shown to their team on the card and in the e-mail. */
export const trainingEndorsements = pgTable(
  'training_endorsements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_endorsements_manager').on(t.trainingId, t.managerId)],
);

/** A manager's nudge to one person (at most one per person per week, whatever the training). */
export const trainingNudges = pgTable(
  'training_nudges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id').references(() => people.id, { onDelete: 'set null' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    createdAt: created(),
  },
  (t) => [index('training_nudges_person').on(t.personId, t.createdAt)],
);

/** The learning relationship: what one learner says after completing (one answer per enrolment). */
export const trainingFeedback = pgTable(
  'training_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => trainingEnrolments.id, { onDelete: 'cascade' }),
    /** The learner's population when they answered (null: none matched); kept if the proposition is removed. */
    propositionId: uuid('proposition_id').references(() => trainingPropositions.id, { onDelete: 'set null' }),
    populationLabel: text('population_label'),
    usefulness: integer('usefulness').notNull(),
    suggestion: text('suggestion').notNull().default(''),
    createdAt: created(),
  },
  (t) => [uniqueIndex('training_feedback_enrolment').on(t.enrolmentId), index('training_feedback_training').on(t.trainingId)],
);

/** "What we changed after your feedback": L&D's notes, shown to the learners who answered before them. */
export const trainingChanges = pgTable(
  'training_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('training_changes_training').on(t.trainingId, t.createdAt)],
);

/** Who a channel reached (feed card shown, e-mail sent) and whether they opened the training from it. */
export const trainingReach = pgTable(
  'training_reach',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<'feed' | 'email'>().notNull(),
    reachedAt: created(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('training_reach_person').on(t.trainingId, t.channel, t.personId)],
);

/** A printed poster (A4 PDF with a QR code to the campaign's tracked link), e.g. for the Parma plant's notice board. */
export const trainingPosters = pgTable(
  'training_posters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    place: text('place'),
    propositionId: uuid('proposition_id').references(() => trainingPropositions.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('training_posters_training').on(t.trainingId)],
);

/** A campaign e-mail to the eligible people, sent by the `training.campaign-mail` job. */
export const trainingMailings = pgTable(
  'training_mailings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
    /** Messages queued to the outbox (people already mailed for this training are skipped). */
    sent: integer('sent').notNull().default(0),
    /** Claims by a worker; after MAX_MAILING_ATTEMPTS the sweep marks it failed instead of starting again. */
    attempts: integer('attempts').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }),
    failure: text('failure').$type<'interrupted' | 'unexpected'>(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: created(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('training_mailings_training').on(t.trainingId), index('training_mailings_open').on(t.status)],
);

/** An overdue mandatory training reported to the person's manager: once per training and person. */
export const trainingEscalations = pgTable(
  'training_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [uniqueIndex('training_escalations_person').on(t.trainingId, t.personId)],
);

/** Per organisation: the currency of training costs and the benchmark (ATD 2015 by default: 32.4 h, USD 1,229). */
export const trainingSettings = pgTable('training_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  currency: text('currency').notNull().default('EUR'),
  benchmarkHours: real('benchmark_hours').notNull().default(32.4),
  benchmarkSpend: real('benchmark_spend').notNull().default(1229),
  benchmarkCurrency: text('benchmark_currency').notNull().default('USD'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A key an LMS uses to post xAPI statements (HTTP Basic: key id and secret). Only the secret's hash is stored. */
export const trainingLrsKeys = pgTable(
  'training_lrs_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    keyId: text('key_id').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    label: text('label').notNull(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: created(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('training_lrs_keys_org').on(t.orgId)],
);

/** xAPI statements applied (their ids), so an LMS sending the same statement again changes nothing. */
export const trainingStatements = pgTable(
  'training_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    statementId: uuid('statement_id').notNull(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => trainingEnrolments.id, { onDelete: 'cascade' }),
    receivedAt: created(),
  },
  (t) => [uniqueIndex('training_statements_id').on(t.orgId, t.statementId)],
);
