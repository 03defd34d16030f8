import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

export const suggestionCategories = ['workplace', 'process', 'product', 'people', 'communication', 'other'] as const;
export const suggestionStatuses = ['received', 'under_review', 'planned', 'done', 'declined'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/**
 * A suggestion. Nothing here names its author: a named author is in suggestion_authors (refused by the database for
 * an anonymous suggestion); an anonymous author holds a secret created in their browser, of which only the SHA-256
 * is kept. Dates are days: the time of day could be matched against who was online.
 */
export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    category: text('category').$type<(typeof suggestionCategories)[number]>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    anonymous: boolean('anonymous').notNull(),
    secretHash: text('secret_hash').unique(),
    status: text('status').$type<SuggestionStatus>().notNull().default('received'),
    /** Why it was declined (required then), or what was done (shown on the "you said, we did" board). */
    reason: text('reason'),
    outcome: text('outcome'),
    votes: integer('votes').notNull().default(0),
    createdOn: date('created_on').notNull(),
    firstReplyOn: date('first_reply_on'),
    closedOn: date('closed_on'),
    /** A staff reply waits here until the next batch (never notified at the moment of the reply). */
    replyPending: boolean('reply_pending').notNull().default(false),
    /** When the last batch released a reply notice: the author's device compares it with what it has read. */
    noticeAt: date('notice_at'),
  },
  (t) => [index('suggestions_org').on(t.orgId, t.status), unique('suggestions_id_anonymous').on(t.id, t.anonymous)],
);

/** Messages of a thread: the author's (as "author") and the HR team's (as "staff"; who replied is in the audit log). */
export const suggestionMessages = pgTable(
  'suggestion_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    side: text('side').$type<'author' | 'staff'>().notNull(),
    body: text('body').notNull(),
    on: date('on').notNull(),
    /** Chosen by the sender: a message sent twice (a replayed request) is refused instead of doubled. */
    clientId: uuid('client_id').notNull(),
  },
  (t) => [
    unique('suggestion_messages_seq').on(t.suggestionId, t.seq),
    unique('suggestion_messages_client').on(t.suggestionId, t.clientId),
  ],
);

/**
 * One vote per colleague: the key is an HMAC (instance secret) of the organisation, the suggestion and the voter, so
 * a second vote collides, and the table names no one (no time either: an early vote would hint at the author).
 */
export const suggestionVotes = pgTable(
  'suggestion_votes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id, { onDelete: 'cascade' }),
    voterKey: text('voter_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.suggestionId, t.voterKey] })],
);

/** The author of a named suggestion; the database refuses a row for an anonymous one (check + composite key). */
export const suggestionAuthors = pgTable(
  'suggestion_authors',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    suggestionId: uuid('suggestion_id').primaryKey(),
    anonymous: boolean('anonymous').notNull().default(false),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('suggestion_authors_named_only', sql`${t.anonymous} = false`),
    foreignKey({ columns: [t.suggestionId, t.anonymous], foreignColumns: [suggestions.id, suggestions.anonymous] }).onDelete(
      'cascade',
    ),
    index('suggestion_authors_person').on(t.personId),
  ],
);
