import { count, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { organisations } from '../organisations/schema';
import type { JobT } from './contract';
import { applications, jobs } from './schema';

export type JobRow = typeof jobs.$inferSelect;

export async function getJobRow(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<JobRow> {
  const q = ctx.db
    .select()
    .from(jobs)
    .where(ofOrg(ctx, jobs, eq(jobs.id, id)));
  const [row] = await (opts.lock ? q.for('update') : q);
  if (!row) throw notFound('job');
  return row;
}

export async function orgNameSlug(ctx: Pick<Ctx, 'db' | 'orgId'>): Promise<{ name: string; slug: string }> {
  const [org] = await ctx.db
    .select({ name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.id, ctx.orgId));
  return org ?? { name: '', slug: '' };
}

export async function orgSlug(ctx: Pick<Ctx, 'db' | 'orgId'>): Promise<string> {
  const [org] = await ctx.db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, ctx.orgId));
  return org?.slug ?? '';
}

export const careersUrl = (publicUrl: string, slug: string) => `${publicUrl}/careers/${encodeURIComponent(slug)}`;
export const jobUrl = (publicUrl: string, slug: string, jobId: string) => `${careersUrl(publicUrl, slug)}/jobs/${jobId}`;

/** Open, and its closing day not past (a job past its day is closed for candidates even before HR closes it). */
export function isAcceptingApplications(job: Pick<JobRow, 'status' | 'closesOn'>, now = new Date()): boolean {
  return job.status === 'open' && job.closesOn >= now.toISOString().slice(0, 10);
}

export async function toJobs(ctx: Ctx, rows: JobRow[]): Promise<JobT[]> {
  if (rows.length === 0) return [];
  const slug = await orgSlug(ctx);
  const counts = await ctx.db
    .select({ jobId: applications.jobId, n: count() })
    .from(applications)
    .where(
      ofOrg(
        ctx,
        applications,
        inArray(
          applications.jobId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(applications.jobId);
  const byJob = new Map(counts.map((c) => [c.jobId, c.n]));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    titleIt: r.titleIt,
    titleEn: r.titleEn,
    department: r.department,
    site: r.site,
    locality: r.locality,
    country: r.country,
    contractType: r.contractType,
    descriptionIt: r.descriptionIt,
    descriptionEn: r.descriptionEn,
    requirementsIt: r.requirementsIt,
    requirementsEn: r.requirementsEn,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
    closesOn: r.closesOn,
    faq: r.faq,
    managerMessage: r.managerMessage,
    photos: r.photos,
    postId: r.postId,
    publicUrl: jobUrl(ctx.platform.config.publicUrl, slug, r.id),
    openedAt: r.openedAt?.toISOString() ?? null,
    applications: byJob.get(r.id) ?? 0,
  }));
}

export const jobTitle = (job: Pick<JobRow, 'titleIt' | 'titleEn'>, locale: string) =>
  locale === 'en' ? job.titleEn : job.titleIt;
