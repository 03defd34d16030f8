import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

export const stepKinds = ['read_post', 'acknowledge', 'pulse', 'meet_buddy', 'training', 'first_share', 'task'] as const;
export type StepKind = (typeof stepKinds)[number];

/**
 * A journey for new hires matching it (departments, sites, language: empty lists match everyone). `version` counts
 * edits of its steps: a journey keeps the version it was given at hire (see save-template.ts).
 */
export const onboardingTemplates = pgTable('onboarding_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** The Italian name (`nameEn`: the English one, empty when not translated). */
  name: text('name').notNull(),
  nameEn: text('name_en').notNull().default(''),
  version: integer('version').notNull().default(1),
  departments: text('departments').array().notNull().default([]),
  sites: text('sites').array().notNull().default([]),
  locale: text('locale').$type<'it' | 'en'>(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A step at a day offset from the hire date (negative: before day one). refId: the post, survey or training it points
 * to. Steps of older versions stay while a journey still follows them.
 */
export const onboardingSteps = pgTable(
  'onboarding_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id')
      .notNull()
      .references(() => onboardingTemplates.id, { onDelete: 'cascade' }),
    version: integer('version').notNull().default(1),
    position: integer('position').notNull(),
    offsetDays: integer('offset_days').notNull(),
    kind: text('kind').$type<StepKind>().notNull(),
    titleIt: text('title_it').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    refId: uuid('ref_id'),
  },
  (t) => [index('onboarding_steps_template').on(t.templateId, t.version, t.position)],
);

/** One journey per person (the unique person makes a second sweep harmless), with a buddy. */
export const onboardingJourneys = pgTable(
  'onboarding_journeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .unique()
      .references(() => people.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id')
      .notNull()
      .references(() => onboardingTemplates.id, { onDelete: 'cascade' }),
    /** The template's version at assignment: later edits apply to new hires only. */
    templateVersion: integer('template_version').notNull().default(1),
    buddyId: uuid('buddy_id').references(() => people.id, { onDelete: 'set null' }),
    startOn: date('start_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('onboarding_journeys_org').on(t.orgId, t.startOn)],
);

export const onboardingProgress = pgTable(
  'onboarding_progress',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => onboardingJourneys.id, { onDelete: 'cascade' }),
    stepId: uuid('step_id')
      .notNull()
      .references(() => onboardingSteps.id, { onDelete: 'cascade' }),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.stepId] })],
);

/** One reminder per overdue step: the primary key makes a second sweep send nothing. */
export const onboardingReminders = pgTable(
  'onboarding_reminders',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => onboardingJourneys.id, { onDelete: 'cascade' }),
    stepId: uuid('step_id')
      .notNull()
      .references(() => onboardingSteps.id, { onDelete: 'cascade' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.stepId] })],
);
