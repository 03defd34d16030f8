import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { PersonT } from './contract';
import { getPerson } from './get-person';
import { lockPerson } from './lock-person';
import { assertMayManage } from './person-checks';
import { people } from './schema';

/** Back to active if they have a login, else pending (to be invited again). Harmless on an active person. */
export async function reactivatePerson({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PersonT> {
  requirePermission(ctx, 'people.write');
  return inTx(ctx, async (tx) => {
    const p = await lockPerson(tx, input.id);
    assertMayManage(ctx, p);
    if (p.status === 'inactive') {
      await tx.db
        .update(people)
        .set({ status: p.userId ? 'active' : 'pending', updatedAt: new Date() })
        .where(ofOrg(tx, people, eq(people.id, p.id)));
      await recordAudit({
        ctx: tx,
        input: { action: 'person.reactivated', targetType: 'person', targetId: p.id, targetName: p.name },
      });
    }
    return getPerson({ ctx: tx, input: { id: p.id } });
  });
}
