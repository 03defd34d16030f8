import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { postCaptions, posts } from '../content/schema';
import { links } from '../links/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

/**
 * What became of a share after the network's window opened (or the text was copied): `started` until the person
 * says; `confirmed` they posted it; `not_yet` asked again later; `cancelled` they changed their mind. Every share
 * counts as started; only confirmed ones count as posted. Clicks on the link stay the proof either way.
 */
export const shareStatuses = ['started', 'confirmed', 'not_yet', 'cancelled'] as const;
export type ShareStatus = (typeof shareStatuses)[number];

/** A share as the employee made it: the final text they wrote, the network, the tracked link used. */
export const shares = pgTable(
  'shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    text: text('text').notNull(),
    /** The suggestion the employee started from, if any. */
    captionId: uuid('caption_id').references(() => postCaptions.id, { onDelete: 'set null' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    /** Smallest normalised edit distance to any suggestion (0 = identical, 1 = entirely different). */
    distanceFromSuggestions: real('distance_from_suggestions').notNull(),
    personalised: boolean('personalised').notNull(),
    /** Sharer's audience on that network when the share was made, if known (for estimated reach). */
    audienceSize: real('audience_size'),
    department: text('department'),
    site: text('site'),
    status: text('status').$type<ShareStatus>().notNull().default('started'),
    /** When the person last answered "did you post it?". */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shares_org_time').on(t.orgId, t.createdAt),
    index('shares_person').on(t.personId, t.postId),
    // The editors' per-post statistics read one post's shares.
    index('shares_post').on(t.postId),
    // Deleting a link (an organisation, a person) checks its shares: without this, each link scans every share.
    index('shares_link').on(t.linkId),
  ],
);

/** An employee's own advocacy settings. */
export const sharerProfiles = pgTable(
  'sharer_profiles',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    rankingOptOut: boolean('ranking_opt_out').notNull().default(false),
    /** Known audience size per network, e.g. { linkedin: 850 }. */
    audience: jsonb('audience').$type<Partial<Record<string, number>>>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] })],
);

/** The dimensions share_rollup keeps, one row per key: the groupings of the advocacy dashboard. */
export const shareRollupDimensions = ['day', 'person', 'post', 'department', 'site', 'network'] as const;
export type ShareRollupDimension = (typeof shareRollupDimensions)[number];

/**
 * Shares counted per UTC day ('d') and month ('m', `day` = the 1st) for each dimension's key (department and site ''
 * when not set; the 'day' dimension at day grain only). Kept exact by statement triggers on `shares`
 * (migration 0005, its data step): every insert, answer and delete, cascades included, changes it in the same
 * transaction, so a year's dashboard reads some thousands of rows instead of every share.
 */
export const shareRollup = pgTable(
  'share_rollup',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    grain: text('grain').$type<'d' | 'm'>().notNull(),
    day: date('day').notNull(),
    dim: text('dim').$type<ShareRollupDimension>().notNull(),
    key: text('key').notNull(),
    shares: integer('shares').notNull(),
    confirmed: integer('confirmed').notNull(),
    personalised: integer('personalised').notNull(),
    reach: doublePrecision('reach').notNull(),
    withAudience: integer('with_audience').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.grain, t.day, t.dim, t.key] })],
);
