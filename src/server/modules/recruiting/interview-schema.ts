import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { applications, jobs } from './schema';

export const answerModes = ['video', 'audio', 'text'] as const;
export type AnswerMode = (typeof answerModes)[number];

/**
 * A job's interview questions, in order (the job's question set). The hiring manager may record the question
 * (`promptKey`: audio or video in storage) so the candidate hears a person. Per question: think time (0 = none),
 * answer time limit, takes allowed (1–5) and the answer modes allowed (text is always offered as well).
 */
export const questions = pgTable(
  'recruiting_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    textIt: text('text_it').notNull(),
    textEn: text('text_en').notNull(),
    promptKey: text('prompt_key'),
    promptType: text('prompt_type'),
    thinkSeconds: integer('think_seconds').notNull().default(30),
    answerSeconds: integer('answer_seconds').notNull().default(120),
    takes: integer('takes').notNull().default(2),
    modes: text('modes').array().$type<AnswerMode[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recruiting_questions_job').on(t.jobId, t.position)],
);

/** An interview sent to an application (one per application), with its deadline and the one reminder. */
export const interviews = pgTable(
  'recruiting_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    sentBy: uuid('sent_by').references(() => people.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    /** Claimed by a conditional update in the transaction that queues the e-mail: one reminder, whatever reruns. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('recruiting_interviews_application').on(t.applicationId),
    index('recruiting_interviews_deadline').on(t.deadline),
  ],
);

/** A recorded take of an answer; the candidate chooses one to send (the others are deleted at submission). */
export const takes = pgTable(
  'recruiting_takes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The take number is unique per answer: two finishes racing for the last take cannot both get it.
  (t) => [uniqueIndex('recruiting_takes_number').on(t.interviewId, t.questionId, t.number)],
);

/** The answer the candidate sends for a question: a chosen take, or text (the accessible alternative). */
export const answers = pgTable(
  'recruiting_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    takeId: uuid('take_id').references(() => takes.id, { onDelete: 'set null' }),
    text: text('text'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recruiting_answers_once').on(t.interviewId, t.questionId)],
);
