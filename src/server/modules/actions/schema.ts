import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { surveys } from '../surveys/schema';

export const actionStatuses = ['planned', 'in_progress', 'done'] as const;

/** "You said, we did": something HR commit to after a survey result, with an owner and a status everyone can follow. */
export const feedbackActions = pgTable(
  'feedback_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'set null' }),
    /** What people said (a result, in words): shown on the board above what was done. */
    youSaid: text('you_said').notNull(),
    weDo: text('we_do').notNull(),
    ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status').$type<(typeof actionStatuses)[number]>().notNull().default('planned'),
    doneOn: date('done_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feedback_actions_org').on(t.orgId, t.status)],
);
