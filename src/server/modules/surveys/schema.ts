import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

export const surveyKinds = ['survey', 'pulse'] as const;
export const recurrences = ['none', 'weekly', 'monthly'] as const;
export const surveyStatuses = ['draft', 'active', 'closed'] as const;
export const questionKinds = ['enps', 'scale', 'single', 'multi', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export type Choice = { it: string; en: string };

/**
 * A survey or a recurring pulse. `anonymous` is declared to respondents before they start and never changes once
 * the survey is published: the named-response link below can only exist for a survey whose flag is false.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<(typeof surveyKinds)[number]>().notNull().default('survey'),
    titleIt: text('title_it').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    introIt: text('intro_it').notNull().default(''),
    introEn: text('intro_en').notNull().default(''),
    anonymous: boolean('anonymous').notNull().default(true),
    recurrence: text('recurrence').$type<(typeof recurrences)[number]>().notNull().default('none'),
    status: text('status').$type<(typeof surveyStatuses)[number]>().notNull().default('draft'),
    /** Targeting as for posts: everyone, or anyone matching a department, site or job family row of survey_targets. */
    targetAll: boolean('target_all').notNull().default(true),
    /** Only people hired in the last N days (an onboarding pulse such as "how is your first week going?"). */
    newHireDays: integer('new_hire_days'),
    /** Days after a round opens when those who have not answered get one reminder (null: none). */
    remindAfterDays: integer('remind_after_days'),
    /** A one-off survey's round closes then; pulses close each round at the end of its period. */
    closesAt: timestamp('closes_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('surveys_org').on(t.orgId, t.status), unique('surveys_id_anonymous').on(t.id, t.anonymous)],
);

export const surveyTargets = pgTable(
  'survey_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'department' | 'site' | 'jobFamily'>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [index('survey_targets_survey').on(t.surveyId)],
);

export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').$type<QuestionKind>().notNull(),
    textIt: text('text_it').notNull().default(''),
    textEn: text('text_en').notNull().default(''),
    choices: jsonb('choices').$type<Choice[]>().notNull().default([]),
    required: boolean('required').notNull().default(true),
  },
  (t) => [index('survey_questions_survey').on(t.surveyId, t.position)],
);

/** One period of a survey: a one-off survey has one round, a pulse one per week or month. */
export const surveyRounds = pgTable(
  'survey_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    /** People in the audience when the round opened: the denominator of the response rate. */
    audienceSize: integer('audience_size').notNull().default(0),
    /** Set by the one reminder run that claimed the round (a conditional update): never reminded twice. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [unique('survey_rounds_seq').on(t.surveyId, t.seq), index('survey_rounds_due').on(t.status, t.closesAt)],
);

/**
 * Who has answered a round: only to remind those who have not and to refuse a second answer. No time, no link to
 * the answer (the response rows carry neither the person nor anything that points here).
 */
export const surveyParticipation = pgTable(
  'survey_participation',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId] })],
);

/**
 * One submitted questionnaire. No person, no time of day: the day and the groups the results are broken down by
 * (copied when answering). `teamKeys`: keyed hashes of the respondent's managers up the chain, so a manager can see
 * their team's results (never under k) without the table naming anyone.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    department: text('department'),
    site: text('site'),
    jobFamily: text('job_family'),
    tenure: text('tenure'),
    teamKeys: text('team_keys').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [index('survey_responses_round').on(t.roundId), unique('survey_responses_id_survey').on(t.id, t.surveyId)],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    /** eNPS 0–10, scale 1–5, single choice index. */
    value: smallint('value'),
    /** Multiple choice indexes. */
    choices: smallint('choices').array(),
    text: text('text'),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] }), index('survey_answers_question').on(t.questionId)],
);

/**
 * Who gave a response, for named surveys only. The database itself refuses a row for an anonymous survey: the
 * row's `anonymous` must be false (check) and, with the survey id, must match the survey (foreign key on
 * surveys(id, anonymous)), and the response must belong to that survey (foreign key on responses(id, survey_id)).
 */
export const surveyNamedResponses = pgTable(
  'survey_named_responses',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id').primaryKey(),
    surveyId: uuid('survey_id').notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('survey_named_responses_named_only', sql`${t.anonymous} = false`),
    foreignKey({ columns: [t.surveyId, t.anonymous], foreignColumns: [surveys.id, surveys.anonymous] }).onDelete('cascade'),
    foreignKey({
      columns: [t.responseId, t.surveyId],
      foreignColumns: [surveyResponses.id, surveyResponses.surveyId],
    }).onDelete('cascade'),
  ],
);
