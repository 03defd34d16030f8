import { and, count, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import type { ProgrammeRow } from './programme-rows';
import { members } from './schema';

/**
 * Gives a person a seat in a cohort. The caller holds the programme's lock (lockProgramme), so the count and the
 * insert are one step for every concurrent acceptance: the seats are never oversold.
 */
export async function addMember(tx: Ctx, p: ProgrammeRow, cohortId: string, personId: string): Promise<string> {
  const [{ n }] = await tx.db
    .select({ n: count() })
    .from(members)
    .where(ofOrg(tx, members, and(eq(members.cohortId, cohortId), inArray(members.status, ['active', 'suspended']))));
  if (Number(n) >= p.seats) throw conflict('ambassadors.no_seats', { seats: p.seats });
  const [m] = await tx.db
    .insert(members)
    .values({ orgId: tx.orgId, programmeId: p.id, cohortId, personId, status: 'active' })
    .onConflictDoNothing()
    .returning({ id: members.id });
  if (!m) throw conflict('ambassadors.already_member');
  return m.id;
}
