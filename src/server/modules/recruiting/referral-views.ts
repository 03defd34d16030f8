import { and, count, desc, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleById } from '../people';
import { jobTitle } from './rows';
import { applications, jobs, points, referrals, rewards } from './schema';

/** The referrer's own referrals: the stage of each, never the candidate's details beyond what they typed themselves. */
export async function myReferrals({ ctx }: { ctx: Ctx }) {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const rows = await ctx.db
    .select({ r: referrals, titleIt: jobs.titleIt, titleEn: jobs.titleEn, stage: applications.stage })
    .from(referrals)
    .innerJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(applications, eq(applications.id, referrals.applicationId))
    .where(ofOrg(ctx, referrals, eq(referrals.referrerId, me.personId)))
    .orderBy(desc(referrals.createdAt));
  const earned = await ctx.db
    .select({ subjectId: points.subjectId, kind: points.kind, points: points.points })
    .from(points)
    .where(ofOrg(ctx, points, eq(points.personId, me.personId)));
  const [approved] = await ctx.db
    .select({ n: count() })
    .from(rewards)
    .where(ofOrg(ctx, rewards, and(eq(rewards.personId, me.personId), eq(rewards.status, 'approved'))));
  const ptsOf = (r: (typeof rows)[number]['r']) =>
    earned.filter((p) => p.subjectId === r.id || p.subjectId === r.applicationId).reduce((a, p) => a + p.points, 0);
  return {
    referrals: rows.map(({ r, titleIt, titleEn, stage }) => ({
      id: r.id,
      jobTitle: jobTitle({ titleIt, titleEn }, ctx.locale),
      status: r.status,
      stage: stage ?? null,
      createdAt: r.createdAt.toISOString(),
      points: ptsOf(r),
    })),
    points: earned.reduce((a, p) => a + p.points, 0),
    rewards: Number(approved?.n ?? 0),
  };
}

/** HR's view: who referred whom for what; the candidate's name, e-mail and the reason only after their consent. */
export async function hrReferrals({ ctx }: { ctx: Ctx }) {
  requirePermission(ctx, 'recruiting.manage');
  const rows = await ctx.db
    .select({ r: referrals, titleIt: jobs.titleIt, titleEn: jobs.titleEn })
    .from(referrals)
    .innerJoin(jobs, eq(jobs.id, referrals.jobId))
    .where(ofOrg(ctx, referrals))
    .orderBy(desc(referrals.createdAt))
    .limit(1000);
  const names = await findPeopleById(ctx, [...new Set(rows.map((x) => x.r.referrerId))]);
  return {
    referrals: rows.map(({ r, titleIt, titleEn }) => {
      const ok = r.status === 'consented';
      return {
        id: r.id,
        jobTitle: jobTitle({ titleIt, titleEn }, ctx.locale),
        referrerName: names.get(r.referrerId)?.name ?? '',
        status: r.status,
        name: ok ? r.name : null,
        email: ok ? r.email : null,
        why: ok ? r.why : null,
        createdAt: r.createdAt.toISOString(),
      };
    }),
  };
}

export async function listRewards({ ctx }: { ctx: Ctx }) {
  requirePermission(ctx, 'recruiting.manage');
  const rows = await ctx.db.select().from(rewards).where(ofOrg(ctx, rewards)).orderBy(desc(rewards.createdAt)).limit(1000);
  const names = await findPeopleById(ctx, [...new Set(rows.map((r) => r.personId))]);
  return {
    rewards: rows.map((r) => ({
      id: r.id,
      personName: names.get(r.personId)?.name ?? '',
      step: r.step,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** HR approve a staged reward, once (conditional on `pending`). */
export async function approveReward({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const me = actorOf(ctx);
  await inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(rewards)
      .set({ status: 'approved', approvedBy: me.personId, approvedAt: new Date() })
      .where(ofOrg(tx, rewards, and(eq(rewards.id, input.id), eq(rewards.status, 'pending'))))
      .returning();
    if (!row) {
      const [exists] = await tx.db
        .select({ id: rewards.id })
        .from(rewards)
        .where(ofOrg(tx, rewards, eq(rewards.id, input.id)));
      throw exists ? new AppError('recruiting.reward_approved', 409) : notFound('reward');
    }
    await recordAudit({ ctx: tx, input: { action: 'recruiting.reward_approved', targetType: 'reward', targetId: row.id } });
  });
  return listRewards({ ctx });
}
