import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { defaultContentLanguages, normaliseLanguages } from './content-languages';
import type { PersonInputT, PersonT } from './contract';
import { getPerson } from './get-person';
import { assertEmailFree, assertManager, assertMayManage, isUniqueViolation } from './person-checks';
import { people } from './schema';

/** A new person without a login (status pending): HR invites them separately. */
export async function createPerson({ ctx, input }: { ctx: Ctx; input: PersonInputT }): Promise<PersonT> {
  requirePermission(ctx, 'people.write');
  // Creating an admin is managing an admin: the same rule as every other write on a person.
  assertMayManage(ctx, { roles: input.roles });
  try {
    return await inTx(ctx, async (tx) => {
      await assertEmailFree(tx, input.email);
      if (input.managerId) await assertManager(tx, null, input.managerId);
      const [row] = await tx.db
        .insert(people)
        .values({
          orgId: ctx.orgId,
          name: input.name,
          email: input.email,
          department: input.department || null,
          site: input.site || null,
          jobTitle: input.jobTitle || null,
          jobFamily: input.jobFamily || null,
          managerId: input.managerId ?? null,
          locale: input.locale,
          contentLanguages: input.contentLanguages
            ? normaliseLanguages(input.contentLanguages)
            : defaultContentLanguages(input.locale),
          hireDate: input.hireDate ?? null,
          roles: [...new Set(input.roles)],
          status: 'pending',
        })
        .returning({ id: people.id });
      await recordAudit({
        ctx: tx,
        input: { action: 'person.created', targetType: 'person', targetId: row.id, targetName: input.name },
      });
      return getPerson({ ctx: tx, input: { id: row.id } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('people.duplicate_email', { email: input.email });
    throw err;
  }
}
