import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudits } from '../audit';
import { changedLanguages } from './content-languages';
import type { PersonPatchT, PersonT } from './contract';
import { getPerson } from './get-person';
import { lockPerson } from './lock-person';
import { assertEmailFree, assertManager, assertMayManage, assertRolesChange, isUniqueViolation } from './person-checks';
import { people } from './schema';

const fields = [
  'name',
  'email',
  'department',
  'site',
  'jobTitle',
  'jobFamily',
  'managerId',
  'locale',
  'contentLanguages',
  'hireDate',
] as const;

/**
 * Edits a person. Only an admin may edit a person who holds the admin role (any field: an e-mail changed by HR on a
 * pending admin would let HR invite themselves in as that admin). Roles are audited apart ('person.roles_changed');
 * the admin role is given or taken only by an admin.
 */
export async function updatePerson({ ctx, input }: { ctx: Ctx; input: PersonPatchT & { id: string } }): Promise<PersonT> {
  requirePermission(ctx, 'people.write');
  try {
    return await inTx(ctx, async (tx) => {
      const before = await lockPerson(tx, input.id);
      assertMayManage(ctx, before);
      const next = {
        ...input,
        department: input.department === undefined ? undefined : input.department || null,
        site: input.site === undefined ? undefined : input.site || null,
        jobTitle: input.jobTitle === undefined ? undefined : input.jobTitle || null,
        jobFamily: input.jobFamily === undefined ? undefined : input.jobFamily || null,
        // An array is never === the stored one: the same languages count as "not sent", so only a change is written.
        contentLanguages: changedLanguages(input.contentLanguages, before.contentLanguages),
      };
      const changed = fields.filter((f) => next[f] !== undefined && next[f] !== before[f]);
      const roles = input.roles ? [...new Set(input.roles)] : before.roles;
      const rolesChanged = roles.length !== before.roles.length || roles.some((r) => !before.roles.includes(r));
      if (rolesChanged) assertRolesChange(ctx, before.roles, roles);
      if (changed.includes('email') && next.email) {
        // The login's e-mail lives in better-auth: changing only ours would lock the person out.
        if (before.userId && next.email.toLowerCase() !== before.email.toLowerCase()) throw conflict('people.email_locked');
        await assertEmailFree(tx, next.email, before.id);
      }
      if (changed.includes('managerId') && next.managerId) await assertManager(tx, before.id, next.managerId);
      if (changed.length === 0 && !rolesChanged) return getPerson({ ctx: tx, input: { id: before.id } });
      await tx.db
        .update(people)
        .set({ ...Object.fromEntries(changed.map((f) => [f, next[f]])), roles, updatedAt: new Date() })
        .where(ofOrg(tx, people, eq(people.id, before.id)));
      const target = { targetType: 'person', targetId: before.id, targetName: next.name ?? before.name };
      await recordAudits({
        ctx: tx,
        input: [
          ...(changed.length ? [{ action: 'person.updated', ...target, data: { fields: changed } }] : []),
          ...(rolesChanged ? [{ action: 'person.roles_changed', ...target, data: { from: before.roles, to: roles } }] : []),
        ],
      });
      return getPerson({ ctx: tx, input: { id: before.id } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('people.duplicate_email', { email: input.email ?? '' });
    throw err;
  }
}
