import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A resumable upload in progress (tus-like). `received` is the offset the next chunk must start at; chunk n is kept in
 * storage under `<prefix>/<n>` so a restart loses nothing. No foreign key to organisations: the platform does not
 * import modules; the owning module deletes its uploads (and the retention sweep the stale ones).
 */
export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    /** What the upload is for and who may continue it (e.g. `recruiting.answer:<interview id>`). */
    owner: text('owner').notNull(),
    declaredType: text('declared_type').notNull(),
    size: integer('size').notNull(),
    received: integer('received').notNull().default(0),
    chunks: integer('chunks').notNull().default(0),
    /** Free for the owning module (e.g. the question an answer take is for). */
    subject: text('subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('uploads_org_owner').on(t.orgId, t.owner), index('uploads_created').on(t.createdAt)],
);
export type UploadRow = typeof uploads.$inferSelect;
