import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';

/**
 * Every e-mail is written here in the transaction that caused it, then sent by a job.
 * Without SMTP it stays here as the development outbox ("kept").
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    template: text('template').notNull(),
    /**
     * The link grants access to an existing login (password reset): text and html hold a placeholder instead,
     * the outbox never shows it, and the real link waits in `sealed` until sent.
     */
    linkHidden: boolean('link_hidden').notNull().default(false),
    /** The hidden link, encrypted with the platform secret; erased once the message has left (sent or kept). */
    sealed: text('sealed'),
    /** sending: claimed by a worker, on its way to the server (see send-one.ts: each message leaves at most once). */
    status: text('status').$type<'queued' | 'sending' | 'sent' | 'kept' | 'failed'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** When the last attempt started: paces the retries, and tells a send cut short by a dead process. */
    attemptedAt: timestamp('attempted_at', { withTimezone: true }),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_org_time').on(t.orgId, t.createdAt),
    index('mail_status').on(t.status),
    // Rate limit of password-reset requests per address.
    index('mail_to_time').on(t.to, t.createdAt),
  ],
);
