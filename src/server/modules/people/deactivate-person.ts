import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { revokeSessions } from '../auth';
import type { PersonT } from './contract';
import { getPerson } from './get-person';
import { lockPerson } from './lock-person';
import { assertMayManage } from './person-checks';
import { people } from './schema';

/** Takes away access at once: status inactive and every session of their login deleted. */
export async function deactivatePerson({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PersonT> {
  requirePermission(ctx, 'people.write');
  if (ctx.actor?.personId === input.id) throw conflict('people.cannot_deactivate_self');
  return inTx(ctx, async (tx) => {
    const p = await lockPerson(tx, input.id);
    assertMayManage(ctx, p);
    if (p.status !== 'inactive') {
      await tx.db
        .update(people)
        .set({ status: 'inactive', updatedAt: new Date() })
        .where(ofOrg(tx, people, eq(people.id, p.id)));
      if (p.userId) await revokeSessions(tx.db, p.userId, ctx.orgId);
      await recordAudit({
        ctx: tx,
        input: { action: 'person.deactivated', targetType: 'person', targetId: p.id, targetName: p.name },
      });
    }
    return getPerson({ ctx: tx, input: { id: p.id } });
  });
}
