import { boolean, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

export const newsKinds = ['news', 'leadership', 'product_brief'] as const;
export const reactionKinds = ['like', 'celebrate', 'insightful', 'support'] as const;

/**
 * An internal post: no external link, both languages side by side (a reader sees theirs, falling back to the
 * other). Bodies are written in Markdown and kept with their sanitised HTML. A must-read asks each reader to
 * acknowledge it ("Ho letto e compreso"), by an optional due day.
 */
export const newsPosts = pgTable(
  'news_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<(typeof newsKinds)[number]>().notNull().default('news'),
    titleIt: text('title_it').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    bodyIt: text('body_it').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    htmlIt: text('html_it').notNull().default(''),
    htmlEn: text('html_en').notNull().default(''),
    imageKey: text('image_key'),
    /** An uploaded or recorded video or audio message, played in the page. */
    mediaKey: text('media_key'),
    mustRead: boolean('must_read').notNull().default(false),
    dueOn: date('due_on'),
    status: text('status').$type<'draft' | 'published' | 'archived'>().notNull().default('draft'),
    targetAll: boolean('target_all').notNull().default(true),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Set by the one reminder run that claimed the post. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('news_posts_org').on(t.orgId, t.status, t.publishedAt)],
);

export const newsTargets = pgTable(
  'news_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => newsPosts.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'department' | 'site' | 'jobFamily'>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [index('news_targets_post').on(t.postId)],
);

/** Who opened a post and who acknowledged it (must-reads): the author's reach, read and acknowledgement rates. */
export const newsReads = pgTable(
  'news_reads',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => newsPosts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId] }), index('news_reads_person').on(t.personId)],
);

/** Comments on internal posts; moderators hide (never delete) with a reason, audited. */
export const newsComments = pgTable(
  'news_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => newsPosts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    hiddenBy: uuid('hidden_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('news_comments_post').on(t.postId, t.createdAt)],
);

export const newsReactions = pgTable(
  'news_reactions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => newsPosts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<(typeof reactionKinds)[number]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId, t.kind] })],
);
