import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts } from '../content/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

export const contractTypes = ['permanent', 'fixed_term', 'apprenticeship', 'internship', 'part_time'] as const;
export const jobStatuses = ['draft', 'open', 'closed'] as const;
export const stages = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export const sources = ['share', 'referral', 'careers', 'other'] as const;
export const pointKinds = ['share', 'application', 'referral', 'interview', 'hire'] as const;
export type Stage = (typeof stages)[number];
export type PointKind = (typeof pointKinds)[number];
export type PointsLadder = Record<PointKind, number>;
export type Faq = { question: string; answer: string };

/** Per organisation: how long candidate data is kept (stated on the consent) and the referral points ladder. */
export const recruitingSettings = pgTable('recruiting_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  retentionMonths: integer('retention_months').notNull().default(12),
  points: jsonb('points').$type<PointsLadder>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An opening. Descriptions are sanitised HTML in both languages; `postId` is its feed post (shared with tracked links). */
export const jobs = pgTable(
  'recruiting_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status').$type<(typeof jobStatuses)[number]>().notNull().default('draft'),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull(),
    department: text('department').notNull(),
    site: text('site').notNull(),
    /** City and country of the site, for schema.org jobLocation. */
    locality: text('locality').notNull(),
    country: text('country').notNull().default('IT'),
    contractType: text('contract_type').$type<(typeof contractTypes)[number]>().notNull(),
    descriptionIt: text('description_it').notNull(),
    descriptionEn: text('description_en').notNull(),
    requirementsIt: text('requirements_it').notNull(),
    requirementsEn: text('requirements_en').notNull(),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    closesOn: date('closes_on').notNull(),
    faq: jsonb('faq').$type<Faq[]>().notNull().default([]),
    managerMessage: text('manager_message'),
    photos: text('photos').array().$type<string[]>().notNull().default([]),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recruiting_jobs_org').on(t.orgId, t.status)],
);

/**
 * A candidacy. The candidate has no account: they hold a private status link. `emailKey` is the normalised address
 * (case, +tags, gmail dots) used for duplicates and self-referrals. Deleted whole (CV bytes too) at `retainUntil`.
 */
export const applications = pgTable(
  'recruiting_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailKey: text('email_key').notNull(),
    locale: text('locale').$type<'it' | 'en'>().notNull().default('it'),
    cvKey: text('cv_key'),
    cvSize: integer('cv_size').notNull().default(0),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    retainUntil: timestamp('retain_until', { withTimezone: true }).notNull(),
    source: text('source').$type<(typeof sources)[number]>().notNull(),
    /** The tracked link followed (validated server-side against the job's post) and its sharer. */
    linkId: uuid('link_id'),
    referrerId: uuid('referrer_id').references(() => people.id, { onDelete: 'set null' }),
    referralId: uuid('referral_id'),
    /** A hire linked by HR to their person in the directory (onboarding and first share follow in the journey). */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    /** The referrer applied to their own share or referral: tracked, but earns nothing. */
    selfReferral: boolean('self_referral').notNull().default(false),
    stage: text('stage').$type<Stage>().notNull().default('applied'),
    stageAt: timestamp('stage_at', { withTimezone: true }).notNull().defaultNow(),
    shortlisted: boolean('shortlisted').notNull().default(false),
    outcomeSentAt: timestamp('outcome_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('recruiting_applications_job_email').on(t.jobId, t.emailKey),
    index('recruiting_applications_org').on(t.orgId, t.jobId, t.stage),
    index('recruiting_applications_retain').on(t.retainUntil),
  ],
);

/** Every stage an application entered, for time in stage and drop-off. */
export const stageEvents = pgTable(
  'recruiting_stage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    stage: text('stage').$type<Stage>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recruiting_stage_events_app').on(t.applicationId, t.at)],
);

/**
 * Candidate tokens, stored as SHA-256 hashes only. `link`: the e-mailed magic link, used once, expiring;
 * `session`: what opening it gives (a cookie), short-lived.
 */
export const candidateTokens = pgTable(
  'recruiting_candidate_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'link' | 'session'>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recruiting_candidate_tokens_app').on(t.applicationId)],
);

/** An employee's referral. Name and e-mail are shown to HR only once the candidate consented. */
export const referrals = pgTable(
  'recruiting_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    referrerId: uuid('referrer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailKey: text('email_key').notNull(),
    why: text('why').notNull(),
    locale: text('locale').$type<'it' | 'en'>().notNull().default('it'),
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status').$type<'pending' | 'consented' | 'declined'>().notNull().default('pending'),
    selfReferral: boolean('self_referral').notNull().default(false),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    consentedAt: timestamp('consented_at', { withTimezone: true }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('recruiting_referrals_job_email').on(t.jobId, t.emailKey),
    index('recruiting_referrals_org').on(t.orgId, t.referrerId),
  ],
);

/** A reviewer's rubric scores (1–5 per criterion); others' scores stay hidden from a reviewer until they submit. */
export const reviews = pgTable(
  'recruiting_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    note: text('note').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recruiting_reviews_once').on(t.applicationId, t.reviewerId)],
);

/** Referral points, awarded once per (kind, subject, person) whatever retries happen. */
export const points = pgTable(
  'recruiting_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<PointKind>().notNull(),
    /** The application or referral that earned them (no foreign key: points outlive erased candidates). */
    subjectId: uuid('subject_id').notNull(),
    points: integer('points').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recruiting_points_once').on(t.personId, t.kind, t.subjectId)],
);

/** Staged rewards (at hire, after the trial period) that HR approve. */
export const rewards = pgTable(
  'recruiting_rewards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id').notNull(),
    step: text('step').$type<'hire' | 'trial'>().notNull(),
    status: text('status').$type<'pending' | 'approved'>().notNull().default('pending'),
    approvedBy: uuid('approved_by').references(() => people.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recruiting_rewards_once').on(t.subjectId, t.step)],
);

/** Rate-limit counters of public applications (rate-limiter-flexible's Drizzle store; keys are keyed hashes). */
export const applyAttempts = pgTable(
  'recruiting_apply_attempts',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: timestamp('expire', { withTimezone: true }),
  },
  (t) => [index('recruiting_apply_attempts_expire').on(t.expire)],
);

export { uploads } from '../../platform/uploads/schema';
// The interview tables live beside (interview-schema.ts); drizzle-kit reads modules' schema.ts files only, so the
// platform's resumable-upload table (first used by recorded answers) is declared to it here as well.
export * from './interview-schema';
export * from './journey-schema';
