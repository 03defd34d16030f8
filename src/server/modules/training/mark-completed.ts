import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { type CompletionSource, trainingEnrolments } from './schema';

/**
 * Records that a person completed a training, whatever the source (trainer's check-in, LMS export, xAPI). Idempotent:
 * the first completion stands. Someone who had no seat (waiting, cancelled, declined, never enrolled) completed it
 * elsewhere: they become enrolled without a session, so no session's seats are exceeded.
 */
export async function markCompleted(
  ctx: Ctx & { db: Tx },
  input: { trainingId: string; personId: string; source: CompletionSource; at: Date },
): Promise<string> {
  const { rows } = await ctx.db.execute<{ id: string }>(sql`
    insert into ${trainingEnrolments} (org_id, training_id, person_id, status, channel, completed_at, completion_source)
    values (${ctx.orgId}, ${input.trainingId}, ${input.personId}, 'enrolled', null, ${input.at.toISOString()}, ${input.source})
    on conflict (training_id, person_id) do update set
      completed_at = coalesce(${trainingEnrolments}.completed_at, excluded.completed_at),
      completion_source = coalesce(${trainingEnrolments}.completion_source, excluded.completion_source),
      session_id = case when ${trainingEnrolments}.status in ('enrolled', 'pending') then ${trainingEnrolments}.session_id end,
      status = 'enrolled',
      updated_at = now()
    where ${trainingEnrolments}.org_id = ${ctx.orgId}
    returning id`);
  return rows[0].id;
}
