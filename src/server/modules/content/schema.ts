import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

export const postStatuses = ['draft', 'in_review', 'scheduled', 'published', 'expired', 'archived'] as const;
export type PostStatus = (typeof postStatuses)[number];
export const networks = ['linkedin', 'x', 'facebook', 'whatsapp', 'telegram', 'email', 'copy'] as const;
export type Network = (typeof networks)[number];

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /*
     * The post's words in Italian and in English; readers see their content language and fall back to the other.
     * The Italian version keeps the column names of the time posts had one language (the data migration moved the
     * text of English posts to the _en columns). A version exists when it has a title; at least one does.
     */
    title: text('title'),
    titleEn: text('title_en'),
    body: text('body').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    /** Destination of the tracked links (http/https only). */
    url: text('url').notNull(),
    imageKey: text('image_key'),
    previewTitle: text('preview_title'),
    previewTitleEn: text('preview_title_en'),
    previewDescription: text('preview_description'),
    previewDescriptionEn: text('preview_description_en'),
    previewImageUrl: text('preview_image_url'),
    previewFetchedAt: timestamp('preview_fetched_at', { withTimezone: true }),
    topics: text('topics').array().notNull().default([]),
    /** 'all', 'it' or 'en': which employees' language the post is for. */
    language: text('language').$type<'all' | 'it' | 'en'>().notNull().default('all'),
    /** true: everyone; false: only the rows of post_targets. */
    targetAll: boolean('target_all').notNull().default(true),
    status: text('status').$type<PostStatus>().notNull().default('draft'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    expireAt: timestamp('expire_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    /** The status an archived post had, and when it was archived: it can be restored to it for a while (undo). */
    archivedFrom: text('archived_from').$type<PostStatus>(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** utm_campaign of its tracked links: a readable slug fixed at the first share, so reports never split. */
    campaign: text('campaign'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    approvedBy: uuid('approved_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_org_status').on(t.orgId, t.status, t.publishedAt),
    index('posts_due').on(t.status, t.publishAt),
    check('posts_has_title', sql`${t.title} is not null or ${t.titleEn} is not null`),
  ],
);

/** Suggested captions: several variants per language and network; the employee always edits before sharing. */
export const postCaptions = pgTable(
  'post_captions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    locale: text('locale').$type<'it' | 'en'>().notNull(),
    /** A network, or 'any' for a caption usable everywhere. */
    network: text('network').$type<Network | 'any'>().notNull().default('any'),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('post_captions_post').on(t.postId)],
);

/** Audience of a targeted post: any matching row makes a person eligible. */
export const postTargets = pgTable(
  'post_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'department' | 'site' | 'person'>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [index('post_targets_post').on(t.postId)],
);
