import { date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { jobs, type Stage } from './schema';

/**
 * Job page views per job, UTC day and source (a tracked link, the careers page, anything else): counts only, no
 * address, no visitor hash, so the attraction step of the journey costs visitors no privacy.
 */
export const jobViews = pgTable(
  'recruiting_job_views',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    source: text('source').$type<'share' | 'careers' | 'other'>().notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.jobId, t.day, t.source] })],
);

/**
 * An employee's own visitor hash of a day (the links module's daily-salted hash, never an address), recorded when they
 * open the jobs to share or refer: an application from that same browser through their own link earns them nothing.
 */
export const referrerVisitors = pgTable(
  'recruiting_referrer_visitors',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId, t.day, t.visitorHash] })],
);

/**
 * What an erased candidate leaves behind for the aggregate counts: no name, address, CV, dates finer than a month or
 * link to the erased row; only the job, the source, the employee who brought them (an employee's own activity) and the
 * month each stage was reached. A hire's directory person stays, as they are an employee now.
 */
export const erasedCandidates = pgTable(
  'recruiting_erased_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    source: text('source').$type<'share' | 'referral' | 'careers' | 'other'>().notNull(),
    referrerId: uuid('referrer_id').references(() => people.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Stage → 'YYYY-MM' it was first reached. */
    reached: jsonb('reached').$type<Partial<Record<Stage, string>>>().notNull(),
  },
  (t) => [index('recruiting_erased_candidates_org').on(t.orgId, t.jobId)],
);
