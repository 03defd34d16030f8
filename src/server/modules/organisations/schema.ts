import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type OrganisationSettings = {
  /** Line or hashtag every share must keep, e.g. "#dipendente". */
  disclosure?: string;
  blockedWords?: string[];
  approvalRequired?: boolean;
  costPerClick?: number;
  cpm?: number;
  /** Anonymous survey results and free text are shown only for groups of at least this many respondents (≥ 3). */
  anonymityThreshold?: number;
  /** IANA zone of the organisation's clocks: events are entered, shown and reminded in it (default Europe/Rome). */
  timeZone?: string;
};

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  defaultLocale: text('default_locale').notNull().default('it'),
  settings: jsonb('settings').$type<OrganisationSettings>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
