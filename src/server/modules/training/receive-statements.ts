import crypto from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { AppError, invalid } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { listOrgPeople } from '../people';
import type { XapiStatementInputT } from './contract';
import { activityIdOf } from './get-managed-training';
import { authenticateLrs } from './lrs-auth';
import { markCompleted } from './mark-completed';
import { trainingStatements, trainings } from './schema';

export const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The learner's e-mail: `mbox` (mailto:) or an account whose name is the e-mail (common in LMS exports). */
function emailOf(actor: XapiStatementInputT['actor']): string | null {
  if (actor.mbox?.toLowerCase().startsWith('mailto:')) return actor.mbox.slice(7).trim().toLowerCase();
  if (actor.account?.name.includes('@')) return actor.account.name.trim().toLowerCase();
  return null;
}

/**
 * A small Learning Record Store for one verb: an LMS posts "completed" statements, authenticated by the
 * organisation's key. All statements of a request are checked first, then recorded together: any bad one (wrong
 * verb, unknown learner or activity) refuses the request with a 4xx and nothing is stored. A statement id seen
 * before changes nothing (LMSs resend). Answers the statement ids, as xAPI asks.
 */
export async function receiveStatements(
  platform: Platform,
  authorization: string | undefined,
  statements: XapiStatementInputT[],
): Promise<string[]> {
  const { orgId } = await authenticateLrs(platform, authorization);
  const ctx: Ctx = systemCtx(platform, orgId);
  const people = new Map((await listOrgPeople(ctx)).map((p) => [p.email.toLowerCase(), p]));
  const all = await ctx.db.select({ id: trainings.id, code: trainings.code }).from(trainings).where(ofOrg(ctx, trainings));
  const prefix = activityIdOf(ctx, '');
  const findTraining = (activity: string) => {
    const tail = activity.startsWith(prefix) ? activity.slice(prefix.length) : null;
    if (tail && UUID.test(tail)) return all.find((t) => t.id === tail.toLowerCase()) ?? null;
    const last = activity.split('/').filter(Boolean).at(-1)?.toLowerCase();
    return all.find((t) => t.code && (t.code.toLowerCase() === activity.toLowerCase() || t.code.toLowerCase() === last)) ?? null;
  };
  const planned = statements.map((s, i) => {
    if (s.verb.id !== COMPLETED) throw invalid('training.xapi_unsupported_verb', { verb: s.verb.id }, [{ path: `${i}.verb.id` }]);
    const person = people.get(emailOf(s.actor) ?? '');
    if (!person) throw invalid('training.xapi_unknown_person', {}, [{ path: `${i}.actor` }]);
    const training = findTraining(s.object.id);
    if (!training) throw invalid('training.xapi_unknown_activity', { activity: s.object.id }, [{ path: `${i}.object.id` }]);
    const at = s.timestamp ? new Date(Math.min(Date.parse(s.timestamp), Date.now())) : new Date();
    return { id: s.id ?? crypto.randomUUID(), personId: person.id, trainingId: training.id, at };
  });
  if (new Set(planned.map((p) => p.id)).size !== planned.length) throw new AppError('training.xapi_duplicate_id', 400);
  await inTx(ctx, async (tx) => {
    const known = await tx.db
      .select({ id: trainingStatements.statementId })
      .from(trainingStatements)
      .where(
        ofOrg(
          tx,
          trainingStatements,
          inArray(
            trainingStatements.statementId,
            planned.map((p) => p.id),
          ),
        ),
      );
    for (const p of planned) {
      if (known.some((k) => k.id === p.id)) continue;
      const enrolmentId = await markCompleted(tx, { trainingId: p.trainingId, personId: p.personId, source: 'xapi', at: p.at });
      await tx.db
        .insert(trainingStatements)
        .values({ orgId, statementId: p.id, enrolmentId })
        .onConflictDoNothing({ target: [trainingStatements.orgId, trainingStatements.statementId] });
    }
  });
  return planned.map((p) => p.id);
}
