import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../platform/permissions';
import { organisations } from '../organisations/schema';
import type { ImportFailureT, ImportRowErrorT, ImportStatusT } from './contract';

export const personStatuses = ['invited', 'active', 'inactive'] as const;
export type PersonStatus = (typeof personStatuses)[number] | 'pending';
/** Languages posts are written in (and read in). */
export const contentLanguages = ['it', 'en'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** A person of an organisation. Exists before (and without) a login: userId is set when they accept an invitation. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id'),
    email: text('email').notNull(),
    name: text('name').notNull(),
    department: text('department'),
    site: text('site'),
    jobTitle: text('job_title'),
    /** Professional family (production, quality, logistics, R&D, sales, office…): programmes plan visibility by it. */
    jobFamily: text('job_family'),
    managerId: uuid('manager_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    /** The interface language (menus, e-mails). */
    locale: text('locale').notNull().default('it'),
    /**
     * The languages the person reads posts in (targeting by language uses these, never the interface language):
     * set from the interface language when the person is created, then theirs to change.
     */
    contentLanguages: text('content_languages').array().$type<ContentLanguage[]>().notNull().default(sql`'{it}'::text[]`),
    hireDate: date('hire_date'),
    /** pending: never invited; invited: invitation sent; active: signed up; inactive: deactivated. */
    status: text('status').$type<PersonStatus>().notNull().default('pending'),
    roles: text('roles').array().$type<Role[]>().notNull().default(sql`'{employee}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_org_email').on(t.orgId, sql`lower(${t.email})`),
    index('people_org_name').on(t.orgId, t.name),
    index('people_user').on(t.userId),
    index('people_manager').on(t.managerId),
  ],
);

/** A CSV import: parsed and checked at preview, applied by the `people.import` job after confirmation. */
export const peopleImports = pgTable(
  'people_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    status: text('status').$type<ImportStatusT>().notNull().default('preview'),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    /** The valid rows to apply; emptied once the import is done (counts and errors stay). */
    rows: jsonb('rows').$type<ImportRow[]>().notNull().default([]),
    errors: jsonb('errors').$type<ImportRowErrorT[]>().notNull().default([]),
    /** Who confirmed it: the job applies it with their current roles. */
    confirmedBy: uuid('confirmed_by').references(() => people.id, { onDelete: 'set null' }),
    /** Why it failed (status failed). */
    failure: text('failure').$type<ImportFailureT>(),
    /** Times a worker claimed it; after MAX_IMPORT_ATTEMPTS it fails instead of starting again. */
    attempts: integer('attempts').notNull().default(0),
    /**
     * The claim of the worker applying it: only the holder of this token may move the cursor, and only until
     * lease_until (renewed at every batch). A worker that died leaves the lease to expire; see import-claim.ts.
     */
    claim: uuid('claim'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('people_imports_org').on(t.orgId, t.createdAt),
    // The sweep looks for imports left waiting or abandoned by a worker, across organisations.
    index('people_imports_open').on(t.status).where(sql`${t.status} in ('queued', 'running')`),
  ],
);

/**
 * One valid row of an import file, normalised. An optional field is absent when the file has no such column
 * (existing people keep their value) and null when the cell is empty (the value is cleared).
 */
export type ImportRow = {
  row: number;
  name: string;
  email: string;
  department?: string | null;
  site?: string | null;
  jobTitle?: string | null;
  jobFamily?: string | null;
  managerEmail?: string | null;
  locale?: 'it' | 'en';
  /** null: the cell was empty (the person reads their interface language). */
  contentLanguages?: ContentLanguage[] | null;
  hireDate?: string | null;
  roles?: Role[];
};
