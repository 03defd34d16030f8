import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts } from '../content/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

/** A tracked short link, unique per employee, post and network: /l/<code>. */
export const links = pgTable(
  'links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull().unique(),
    /** Registered destination; the redirect only ever goes here (no open redirect). */
    destination: text('destination').notNull(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    /** Snapshot of the sharer's department and site, so rollups need no join. */
    department: text('department'),
    site: text('site'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('links_post_person_network').on(t.postId, t.personId, t.network), index('links_org').on(t.orgId)],
);

/**
 * Counted human clicks. One per visitor (hash of IP + user agent + daily salt, never the IP) per link per hour:
 * the unique index makes replays and duplicates no-ops.
 */
export const clicks = pgTable(
  'clicks',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    hourBucket: timestamp('hour_bucket', { withTimezone: true }).notNull(),
    visitorHash: text('visitor_hash').notNull(),
    referrerHost: text('referrer_host'),
    deviceClass: text('device_class').$type<'mobile' | 'tablet' | 'desktop' | 'other'>(),
    country: text('country'),
  },
  (t) => [uniqueIndex('clicks_dedup').on(t.linkId, t.visitorHash, t.hourBucket), index('clicks_at').using('brin', t.at)],
);

/** Daily rollup maintained when the click buffer is flushed; dashboards read this, never raw clicks. */
export const clickDaily = pgTable(
  'click_daily',
  {
    orgId: uuid('org_id').notNull(),
    day: date('day').notNull(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').notNull(),
    personId: uuid('person_id').notNull(),
    network: text('network').notNull(),
    department: text('department'),
    site: text('site'),
    clicks: integer('clicks').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.linkId, t.day] }), index('click_daily_org_day').on(t.orgId, t.day)],
);

/** Salt for visitor hashes, one per UTC day, deleted after two days so old hashes cannot be recomputed. */
export const visitorSalts = pgTable('visitor_salts', {
  day: date('day').primaryKey(),
  salt: text('salt').notNull(),
});
