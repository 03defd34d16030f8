import { desc, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { JobFieldsT, JobT } from './contract';
import { assertOwnPhotos } from './photos';
import { sanitizeRichText } from './rich-text';
import { getJobRow, toJobs } from './rows';
import { type jobStatuses, jobs } from './schema';

function columns(input: JobFieldsT) {
  if (input.salaryMin !== null && input.salaryMax !== null && input.salaryMin > input.salaryMax)
    throw invalid('recruiting.salary_range');
  const description = { it: sanitizeRichText(input.descriptionIt), en: sanitizeRichText(input.descriptionEn) };
  if (!description.it || !description.en) throw invalid('recruiting.description_required');
  return {
    ...input,
    descriptionIt: description.it,
    descriptionEn: description.en,
    requirementsIt: sanitizeRichText(input.requirementsIt),
    requirementsEn: sanitizeRichText(input.requirementsEn),
    managerMessage: input.managerMessage || null,
  };
}

export async function createJob({ ctx, input }: { ctx: Ctx; input: JobFieldsT }): Promise<JobT> {
  requirePermission(ctx, 'recruiting.manage');
  const cols = columns(input);
  await assertOwnPhotos(ctx, cols.photos);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(jobs)
      .values({ ...cols, orgId: ctx.orgId, createdBy: ctx.actor?.personId ?? null })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'recruiting.job_created', targetType: 'job', targetId: row.id, targetName: row.titleIt },
    });
    return (await toJobs(tx, [row]))[0];
  });
}

export async function updateJob({ ctx, input }: { ctx: Ctx; input: JobFieldsT & { id: string } }): Promise<JobT> {
  requirePermission(ctx, 'recruiting.manage');
  const { id, ...fields } = input;
  const cols = columns(fields);
  await assertOwnPhotos(ctx, cols.photos);
  return inTx(ctx, async (tx) => {
    await getJobRow(tx, id, { lock: true });
    const [row] = await tx.db
      .update(jobs)
      .set({ ...cols, updatedAt: new Date() })
      .where(ofOrg(tx, jobs, eq(jobs.id, id)))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'recruiting.job_updated', targetType: 'job', targetId: id, targetName: row.titleIt },
    });
    return (await toJobs(tx, [row]))[0];
  });
}

/** draft → open → closed (→ open again while its closing day is ahead). The row is locked so two clicks agree. */
export async function setJobStatus({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; status: (typeof jobStatuses)[number] };
}): Promise<JobT> {
  requirePermission(ctx, 'recruiting.manage');
  return inTx(ctx, async (tx) => {
    const job = await getJobRow(tx, input.id, { lock: true });
    if (input.status === 'draft' && job.status !== 'draft')
      throw new AppError('recruiting.invalid_transition', 409, { status: job.status });
    if (input.status === 'open' && job.closesOn < new Date().toISOString().slice(0, 10))
      throw invalid('recruiting.closes_in_past');
    const [row] = await tx.db
      .update(jobs)
      .set({
        status: input.status,
        openedAt: input.status === 'open' ? (job.openedAt ?? new Date()) : job.openedAt,
        updatedAt: new Date(),
      })
      .where(ofOrg(tx, jobs, eq(jobs.id, input.id)))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: `recruiting.job_${input.status}`, targetType: 'job', targetId: job.id, targetName: job.titleIt },
    });
    return (await toJobs(tx, [row]))[0];
  });
}

export async function listJobs({ ctx }: { ctx: Ctx }): Promise<{ jobs: JobT[] }> {
  requirePermission(ctx, 'recruiting.manage');
  const rows = await ctx.db.select().from(jobs).where(ofOrg(ctx, jobs)).orderBy(desc(jobs.createdAt));
  return { jobs: await toJobs(ctx, rows) };
}

export async function getJob({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<JobT> {
  requirePermission(ctx, 'recruiting.manage');
  return (await toJobs(ctx, [await getJobRow(ctx, input.id)]))[0];
}
