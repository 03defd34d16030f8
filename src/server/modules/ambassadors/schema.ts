import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import type {
  ApplicationStatusT,
  CohortStatusT,
  EligibilityT,
  GuidelineStatusT,
  MemberStatusT,
  PointsTableT,
  QuizT,
  RubricItemT,
} from './contract';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const personId = (name = 'person_id') =>
  uuid(name)
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** An ambassador programme: who may enter, how many seats, for how long, what is expected; both languages. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    purposeIt: text('purpose_it').notNull().default(''),
    purposeEn: text('purpose_en').notNull().default(''),
    expectationsIt: text('expectations_it').notNull().default(''),
    expectationsEn: text('expectations_en').notNull().default(''),
    eligibility: jsonb('eligibility').$type<EligibilityT>().notNull().default({}),
    seats: integer('seats').notNull(),
    termMonths: integer('term_months').notNull(),
    rubric: jsonb('rubric').$type<RubricItemT[]>().notNull().default([]),
    quiz: jsonb('quiz').$type<QuizT | null>(),
    /** Share of the programme's clicks (90 days) above which a departing member raises a valanga alert. */
    valangaThreshold: real('valanga_threshold').notNull().default(0.15),
    open: boolean('open').notNull().default(true),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programmes_org').on(t.orgId)],
);

/** A term of a programme: members belong to one; at its end a job moves them to alumni. */
export const cohorts = pgTable(
  'programme_cohorts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    status: text('status').$type<CohortStatusT>().notNull().default('current'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Why closing the term failed (shown to comms; the daily sweep tries again). */
    closeError: text('close_error'),
    createdAt: created(),
  },
  (t) => [
    index('programme_cohorts_programme').on(t.programmeId, t.startsOn),
    index('programme_cohorts_due').on(t.endsOn).where(sql`${t.status} <> 'ended'`),
  ],
);

/**
 * A person's way into a programme: an application, or a nomination that becomes one only when the nominee says
 * yes. One per person and programme (applying twice answers the same one); a rotation invitation reuses it.
 */
export const applications = pgTable(
  'programme_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    personId: personId(),
    source: text('source').$type<'applied' | 'nominated'>().notNull(),
    status: text('status').$type<ApplicationStatusT>().notNull(),
    motivation: text('motivation').notNull().default(''),
    networks: text('networks').array().notNull().default(sql`'{}'::text[]`),
    audienceSize: integer('audience_size'),
    availability: text('availability').notNull().default(''),
    nominatedBy: uuid('nominated_by').references(() => people.id, { onDelete: 'set null' }),
    nominationReason: text('nomination_reason'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    /** The cohort a rotation invitation is for (status invited). */
    invitedCohortId: uuid('invited_cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programme_applications_once').on(t.programmeId, t.personId),
    index('programme_applications_status').on(t.orgId, t.programmeId, t.status),
  ],
);

/** Membership: one current (active or suspended) per person and programme; alumni and leavers stay as history. */
export const members = pgTable(
  'programme_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    personId: personId(),
    status: text('status').$type<MemberStatusT>().notNull().default('active'),
    joinedAt: created(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    suspendedReason: text('suspended_reason'),
    /** A known last day at the company (comms or HR record it): raises the valanga check. */
    leavingOn: date('leaving_on'),
  },
  (t) => [
    uniqueIndex('programme_members_current').on(t.programmeId, t.personId).where(sql`${t.status} in ('active', 'suspended')`),
    index('programme_members_cohort').on(t.cohortId, t.status),
    index('programme_members_person').on(t.orgId, t.personId),
  ],
);

/** Social-media guidelines, versioned major.minor; a draft may be opened to members for comments first. */
export const guidelineVersions = pgTable(
  'programme_guideline_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    major: integer('major').notNull(),
    minor: integer('minor').notNull(),
    status: text('status').$type<GuidelineStatusT>().notNull().default('draft'),
    /** Markdown as written, and the sanitised HTML shown to people. */
    bodyIt: text('body_it').notNull(),
    bodyEn: text('body_en').notNull(),
    htmlIt: text('html_it').notNull(),
    htmlEn: text('html_en').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [
    index('programme_guideline_versions_programme').on(t.programmeId, t.major, t.minor),
    // Only published versions have a number people refer to; drafts take theirs when published.
    uniqueIndex('programme_guideline_versions_number').on(t.programmeId, t.major, t.minor).where(sql`${t.status} = 'published'`),
  ],
);

export const guidelineComments = pgTable(
  'programme_guideline_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => guidelineVersions.id, { onDelete: 'cascade' }),
    personId: personId(),
    body: text('body').notNull(),
    createdAt: created(),
  },
  (t) => [index('programme_guideline_comments_version').on(t.versionId, t.createdAt)],
);

export const guidelineAcceptances = pgTable(
  'programme_guideline_acceptances',
  {
    orgId: orgId(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => guidelineVersions.id, { onDelete: 'cascade' }),
    personId: personId(),
    acceptedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.personId] }), index('programme_guideline_acceptances_person').on(t.personId)],
);

export const quizAttempts = pgTable(
  'programme_quiz_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    personId: personId(),
    score: integer('score').notNull(),
    total: integer('total').notNull(),
    passed: boolean('passed').notNull(),
    createdAt: created(),
  },
  (t) => [index('programme_quiz_attempts_person').on(t.programmeId, t.personId)],
);

/** Recognition settings of an organisation: off by default; points count only from when they were switched on. */
export const recognition = pgTable('programme_recognition', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  table: jsonb('table').$type<PointsTableT>().notNull(),
  executiveBoard: boolean('executive_board').notNull().default(false),
  /** Shares and clicks up to here have been turned into points (the job's watermark). */
  computedUntil: timestamp('computed_until', { withTimezone: true }),
  lastError: text('last_error'),
});

/** Points are only ever added: one row per thing that earned them, unique by its key (a job may run twice). */
export const pointsLedger = pgTable(
  'programme_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    personId: personId(),
    kind: text('kind').$type<'share' | 'personalised' | 'click' | 'quiz' | 'referral'>().notNull(),
    points: integer('points').notNull(),
    sourceKey: text('source_key').notNull(),
    awardedAt: created(),
  },
  (t) => [
    uniqueIndex('programme_points_source').on(t.orgId, t.sourceKey),
    index('programme_points_person').on(t.orgId, t.personId, t.awardedAt),
  ],
);

export const badges = pgTable(
  'programme_badges',
  {
    orgId: orgId(),
    personId: personId(),
    badge: text('badge').$type<'first_share' | 'ten_personalised' | 'full_term'>().notNull(),
    awardedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId, t.badge] })],
);

/** The sharer's own visitor hash of a day (recorded when they open Voce), so their own clicks earn no points. */
export const sharerVisitors = pgTable(
  'programme_sharer_visitors',
  {
    orgId: orgId(),
    personId: personId(),
    day: date('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId, t.day, t.visitorHash] })],
);

/** A key voice leaving: raised once per member and trigger. */
export const valangaAlerts = pgTable(
  'programme_valanga_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    personId: personId(),
    trigger: text('trigger').$type<'deactivated' | 'leaving'>().notNull(),
    clickShare: real('click_share').notNull(),
    affected: jsonb('affected').$type<{ clicks: number; shares: number; posts: number }>().notNull(),
    suggestions: jsonb('suggestions').$type<{ personId: string; name: string }[]>().notNull().default([]),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [uniqueIndex('programme_valanga_once').on(t.memberId, t.trigger)],
);

/** A reminder sent: at most one per member, kind and subject (the unique key makes a second run a no-op). */
export const reminders = pgTable(
  'programme_reminders',
  {
    orgId: orgId(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'guidelines' | 'readiness'>().notNull(),
    subject: text('subject').notNull(),
    sentAt: created(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.kind, t.subject] })],
);
