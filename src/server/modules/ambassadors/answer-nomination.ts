import { and, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { NominationAnswerBodyT } from './contract';
import { applications } from './schema';

/** The nominee's own yes (they become a candidate, with their words) or no. Only they can answer, only once. */
export async function answerNomination({ ctx, input }: { ctx: Ctx; input: NominationAnswerBodyT & { applicationId: string } }) {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(applications)
      .set(
        input.accept
          ? {
              status: 'pending',
              consentAt: new Date(),
              motivation: input.motivation,
              networks: input.networks,
              availability: input.availability,
              updatedAt: new Date(),
            }
          : { status: 'nomination_declined', updatedAt: new Date() },
      )
      .where(
        ofOrg(
          tx,
          applications,
          and(
            eq(applications.id, input.applicationId),
            eq(applications.personId, me.personId),
            eq(applications.status, 'nominated'),
          ),
        ),
      )
      .returning({ id: applications.id, programmeId: applications.programmeId });
    if (!row) throw conflict('ambassadors.nothing_to_answer');
    await recordAudit({
      ctx: tx,
      input: {
        action: input.accept ? 'programme.nomination_accepted' : 'programme.nomination_declined',
        targetType: 'programme',
        targetId: row.programmeId,
      },
    });
    return { id: row.id, created: false };
  });
}
