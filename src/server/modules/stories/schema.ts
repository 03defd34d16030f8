import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts } from '../content/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

/**
 * pending: waits for comms; changes_requested: back with the author (they edit and resubmit); approved: became a post;
 * declined: refused with a reason (final).
 */
export const storyStatuses = ['pending', 'changes_requested', 'approved', 'declined'] as const;
export type StoryStatus = (typeof storyStatuses)[number];
export const moderationActions = ['submitted', 'resubmitted', 'approved', 'changes_requested', 'declined'] as const;
export type ModerationAction = (typeof moderationActions)[number];
/** everyone: any employee may submit; ambassadors: only active members of an ambassador programme. */
export const submitterRules = ['everyone', 'ambassadors'] as const;
export type SubmitterRule = (typeof submitterRules)[number];

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const storySettings = pgTable('story_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  submitters: text('submitters').$type<SubmitterRule>().notNull().default('everyone'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An employee's story: their words (in their language), photos, an optional link, colleagues named. */
export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    locale: text('locale').$type<'it' | 'en'>().notNull(),
    body: text('body').notNull(),
    link: text('link'),
    /** The event the story tells (events module); no foreign key so stories do not depend on that module's tables. */
    eventId: uuid('event_id'),
    /** "Everyone recognisable in these photos agreed": required at every submission. */
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    status: text('status').$type<StoryStatus>().notNull().default('pending'),
    /** The moderator's last comment (changes asked) or reason (declined), shown to the author. */
    moderatorNote: text('moderator_note'),
    decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** When the current version went into the queue (first submission or resubmission). */
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('stories_org_status').on(t.orgId, t.status, t.submittedAt),
    index('stories_author').on(t.orgId, t.authorId),
    index('stories_event').on(t.orgId, t.eventId),
    uniqueIndex('stories_post').on(t.postId),
  ],
);

/** A photo made safe (re-encoded, metadata dropped). Uploaded before the story exists (storyId null until submit). */
export const storyPhotos = pgTable(
  'story_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    storyId: uuid('story_id').references(() => stories.id, { onDelete: 'cascade' }),
    uploaderId: uuid('uploader_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: created(),
  },
  (t) => [uniqueIndex('story_photos_key').on(t.orgId, t.key), index('story_photos_story').on(t.storyId)],
);

/** A colleague named in a story; they are told and may decline (the tag is then left out of the publication). */
export const storyTags = pgTable(
  'story_tags',
  {
    orgId: orgId(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    declined: boolean('declined').notNull().default(false),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.personId] }), index('story_tags_person').on(t.orgId, t.personId)],
);

/** Every step of a story's moderation, oldest first: the author's history and the time-to-moderation measure. */
export const storyModeration = pgTable(
  'story_moderation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => people.id, { onDelete: 'set null' }),
    action: text('action').$type<ModerationAction>().notNull(),
    note: text('note'),
    createdAt: created(),
  },
  (t) => [index('story_moderation_story').on(t.storyId, t.createdAt)],
);
