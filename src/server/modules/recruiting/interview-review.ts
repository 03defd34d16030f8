import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { auditLog, recordAudit } from '../audit';
import type { HrInterviewT } from './interview-contract';
import { answers, interviews, takes } from './interview-schema';
import { lockApplication } from './lock-application';
import { questionRows } from './questions';
import { applications } from './schema';

/**
 * The interview of a candidate as reviewers see it: per question, the take or text the candidate sent. Nothing of an
 * interview still in progress (the candidate may still retake): answers appear once submitted.
 */
export async function hrInterview({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<HrInterviewT> {
  requirePermission(ctx, 'recruiting.manage');
  const [app] = await ctx.db
    .select({ id: applications.id, jobId: applications.jobId })
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.id, input.id)));
  if (!app) throw notFound('application');
  const [iv] = await ctx.db
    .select()
    .from(interviews)
    .where(ofOrg(ctx, interviews, eq(interviews.applicationId, app.id)));
  if (!iv) return { interview: null };
  const qs = await questionRows(ctx, app.jobId);
  const sent = iv.submittedAt
    ? await ctx.db
        .select()
        .from(answers)
        .where(ofOrg(ctx, answers, eq(answers.interviewId, iv.id)))
    : [];
  const takeIds = sent.flatMap((a) => (a.takeId ? [a.takeId] : []));
  const chosen = takeIds.length
    ? await ctx.db
        .select()
        .from(takes)
        .where(ofOrg(ctx, takes, inArray(takes.id, takeIds)))
    : [];
  return {
    interview: {
      id: iv.id,
      deadline: iv.deadline.toISOString(),
      sentAt: iv.sentAt.toISOString(),
      submittedAt: iv.submittedAt?.toISOString() ?? null,
      answers: qs.map((q) => {
        const a = sent.find((s) => s.questionId === q.id);
        const t = chosen.find((c) => c.id === a?.takeId);
        return {
          questionId: q.id,
          textIt: q.textIt,
          textEn: q.textEn,
          text: a?.text ?? null,
          take: t ? { id: t.id, number: t.number, contentType: t.contentType, size: t.size } : null,
        };
      }),
    },
  };
}

/**
 * A sent answer's recording for a reviewer; every playback is in the audit log (who, when, which candidate). A player
 * fetches a recording in byte ranges (an iPhone in many pieces), so one reviewer's requests for one take within ten
 * minutes are one playback: one record, not one per piece.
 */
export async function readTakeForReview({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const [row] = await ctx.db
    .select({ take: takes, applicationId: interviews.applicationId, submittedAt: interviews.submittedAt })
    .from(takes)
    .innerJoin(interviews, eq(interviews.id, takes.interviewId))
    .where(ofOrg(ctx, takes, and(eq(takes.id, input.id))));
  if (!row?.submittedAt) throw notFound('file');
  const file = await ctx.platform.storage.get(row.take.storageKey);
  if (!file) throw notFound('file');
  // The lock also orders a player's simultaneous range requests: only the first of them records the playback.
  const app = await lockApplication(ctx, row.applicationId);
  if (!(await playedJustNow(ctx, row.applicationId, row.take.id)))
    await recordAudit({
      ctx,
      input: {
        action: 'recruiting.recording_viewed',
        targetType: 'application',
        targetId: row.applicationId,
        targetName: app.name,
        data: { takeId: row.take.id },
      },
    });
  return { bytes: file.bytes, contentType: row.take.contentType };
}

async function playedJustNow(ctx: Ctx, applicationId: string, takeId: string): Promise<boolean> {
  const [seen] = await ctx.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, ctx.orgId),
        eq(auditLog.action, 'recruiting.recording_viewed'),
        eq(auditLog.targetId, applicationId),
        ctx.actor ? eq(auditLog.actorId, ctx.actor.personId) : isNull(auditLog.actorId),
        sql`${auditLog.data}->>'takeId' = ${takeId}`,
        gt(auditLog.createdAt, sql`now() - interval '10 minutes'`),
      ),
    )
    .limit(1);
  return !!seen;
}
