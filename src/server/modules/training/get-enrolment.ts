import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { trainingEnrolments } from './schema';

/** The enrolment of the caller's organisation, or 404; locked when asked. */
export async function getEnrolment(ctx: Ctx, id: string, opts: { lock?: boolean } = {}) {
  const q = ctx.db
    .select()
    .from(trainingEnrolments)
    .where(ofOrg(ctx, trainingEnrolments, eq(trainingEnrolments.id, id)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('enrolment');
  return row;
}
