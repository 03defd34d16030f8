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
    /** utm_campaign: the post's campaign slug when the link was made; null on older links, which carry the post id. */
    utmCampaign: text('utm_campaign'),
    /** Snapshot of the sharer's department and site, so rollups need no join. */
    department: text('department'),
    site: text('site'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('links_post_person_network').on(t.postId, t.personId, t.network), index('links_org').on(t.orgId)],
);

/**
 * Answered human clicks, raw (an append-only log). The click writer streams them in with COPY; nothing is unique here
 * and no B-tree is maintained on the hot path (only a BRIN index on time, a few kilobytes). "One visitor counts once
 * per link per hour" (hash of IP + user agent + daily salt, never the IP) is applied when clicks are rolled up: the
 * rollup counts distinct (link, visitor, hour), so a repeat, a replay or the same visitor seen by two processes is
 * never counted twice. Purged after CLICK_RETENTION_DAYS; the rollups keep the history.
 */
export const clicks = pgTable(
  'clicks',
  {
    id: uuid('id').notNull(),
    orgId: uuid('org_id').notNull(),
    /** No foreign key: a per-row check would cost the writer; clicks of a deleted link are left out of every rollup. */
    linkId: uuid('link_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    hourBucket: timestamp('hour_bucket', { withTimezone: true }).notNull(),
    visitorHash: text('visitor_hash').notNull(),
    referrerHost: text('referrer_host'),
    deviceClass: text('device_class').$type<'mobile' | 'tablet' | 'desktop' | 'other'>(),
    country: text('country'),
  },
  // autosummarize: each filled block range is summarised at once (by autovacuum's work items); otherwise ranges written
  // since the last vacuum match every query, and a dashboard's "hours not rolled up yet" scans the whole table.
  (t) => [index('clicks_at').using('brin', t.at).with({ autosummarize: 'on' })],
);

/**
 * One row per batch of clicks written (a spool file), in the same transaction as its clicks: a file replayed after a
 * crash between the commit and the file's removal is recognised and skipped, so raw clicks are written exactly once.
 */
export const clickBatches = pgTable('click_batches', {
  id: text('id').primaryKey(),
  writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The rollup's watermark (a single row, id 1): every hour before `rolledThrough` is in the rollups. Clicks of later
 * hours are read live by dashboards; a click that arrives for an hour already rolled is added by its writer.
 */
export const clickRollupState = pgTable('click_rollup_state', {
  id: integer('id').primaryKey(),
  rolledThrough: timestamp('rolled_through', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Counted clicks per link and UTC day, maintained by the rollup (roll-clicks.ts); the finest grain kept for ever. */
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
  (t) => [
    primaryKey({ columns: [t.linkId, t.day] }),
    index('click_daily_org_day').on(t.orgId, t.day),
    // A few hundred people's clicks (programme dashboard, recognition) without reading everyone's: no clicks column,
    // so the rollup's increments stay heap-only updates.
    index('click_daily_person_day').on(t.orgId, t.personId, t.day),
  ],
);

/**
 * Counted clicks at the grains dashboards read, per UTC day (`grain` 'd') and per calendar month ('m', `day` = the
 * 1st): by person (`shape` 'p': person, network, department, site), by post ('o': post, network), by facet ('f':
 * network, department, site), and for views without filters by person alone ('q') and in total ('t'). A dimension a shape does not keep holds '' (text) or the nil uuid, so that every row
 * has one key. Maintained with click_daily by the same statements (click-rollup.ts).
 */
export const clickRollup = pgTable(
  'click_rollup',
  {
    orgId: uuid('org_id').notNull(),
    shape: text('shape').$type<'p' | 'o' | 'f' | 'q' | 't'>().notNull(),
    grain: text('grain').$type<'d' | 'm'>().notNull(),
    day: date('day').notNull(),
    personId: uuid('person_id').notNull(),
    postId: uuid('post_id').notNull(),
    network: text('network').notNull(),
    department: text('department').notNull(),
    site: text('site').notNull(),
    clicks: integer('clicks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.shape, t.grain, t.day, t.personId, t.postId, t.network, t.department, t.site] })],
);

/** Salt for visitor hashes, one per UTC day, deleted after two days so old hashes cannot be recomputed. */
export const visitorSalts = pgTable('visitor_salts', {
  day: date('day').primaryKey(),
  salt: text('salt').notNull(),
});
