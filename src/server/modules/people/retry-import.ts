import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { ImportProgressT } from './contract';
import { getImport, progressColumns } from './get-import';
import { sendImportJob } from './jobs';
import { peopleImports } from './schema';

/**
 * Tries a failed import again from where it stopped, on behalf of whoever asks (their roles of now apply to the rows
 * still to do). Anything but a failed import answers its progress unchanged, so asking twice queues one job.
 */
export async function retryImport({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ImportProgressT> {
  requirePermission(ctx, 'people.write');
  const [again] = await ctx.db
    .update(peopleImports)
    .set({
      status: 'queued',
      failure: null,
      attempts: 0,
      claim: null,
      leaseUntil: null,
      finishedAt: null,
      confirmedBy: actorOf(ctx).personId,
    })
    .where(ofOrg(ctx, peopleImports, eq(peopleImports.id, input.id), eq(peopleImports.status, 'failed')))
    .returning(progressColumns);
  if (!again) return getImport({ ctx, input });
  await sendImportJob(ctx.platform, ctx.orgId, again.id);
  return getImport({ ctx, input });
}
