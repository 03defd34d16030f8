import { asc } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { ProgrammeT } from './contract';
import { findProgramme } from './programme-rows';
import { programmeViews } from './programme-view';
import { programmes } from './schema';

/** Every programme of the organisation, for the people who run, review or nominate for them. */
export async function listProgrammes({ ctx }: { ctx: Ctx; input?: undefined }): Promise<{ items: ProgrammeT[] }> {
  requirePermission(ctx, 'programme.nominate');
  const rows = await ctx.db.select().from(programmes).where(ofOrg(ctx, programmes)).orderBy(asc(programmes.createdAt));
  return { items: await programmeViews(ctx, rows) };
}

export async function getProgramme({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ProgrammeT> {
  requirePermission(ctx, 'programme.nominate');
  return (await programmeViews(ctx, [await findProgramme(ctx, input.id)]))[0];
}
