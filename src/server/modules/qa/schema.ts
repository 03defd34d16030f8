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

/** An "Ask leadership" session: employees ask, colleagues upvote, moderators approve, the named leaders answer. */
export const qaSessions = pgTable('qa_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  leaderIds: uuid('leader_ids').array().notNull().default(sql`'{}'::uuid[]`),
  status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A question. Like suggestions, nothing here names who asked (named askers: qa_askers; dates kept to the day). */
export const qaQuestions = pgTable(
  'qa_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => qaSessions.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    anonymous: boolean('anonymous').notNull(),
    status: text('status').$type<'pending' | 'approved' | 'rejected' | 'answered'>().notNull().default('pending'),
    votes: integer('votes').notNull().default(0),
    askedOn: date('asked_on').notNull(),
  },
  (t) => [index('qa_questions_session').on(t.sessionId, t.status), unique('qa_questions_id_anonymous').on(t.id, t.anonymous)],
);

/** Who asked a named question; refused by the database for an anonymous one (check + composite key). */
export const qaAskers = pgTable(
  'qa_askers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').primaryKey(),
    anonymous: boolean('anonymous').notNull().default(false),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('qa_askers_named_only', sql`${t.anonymous} = false`),
    foreignKey({ columns: [t.questionId, t.anonymous], foreignColumns: [qaQuestions.id, qaQuestions.anonymous] }).onDelete(
      'cascade',
    ),
  ],
);

/** A leader's answer (text, or an audio/video message uploaded through the news module's media). */
export const qaAnswers = pgTable('qa_answers', {
  questionId: uuid('question_id')
    .primaryKey()
    .references(() => qaQuestions.id, { onDelete: 'cascade' }),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  leaderId: uuid('leader_id').references(() => people.id, { onDelete: 'set null' }),
  body: text('body').notNull().default(''),
  mediaKey: text('media_key'),
  answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One vote per colleague, keyed by an HMAC (as for suggestions): not linkable to the asker. */
export const qaVotes = pgTable(
  'qa_votes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => qaQuestions.id, { onDelete: 'cascade' }),
    voterKey: text('voter_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.voterKey] })],
);
