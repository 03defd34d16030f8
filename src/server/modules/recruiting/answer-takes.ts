import crypto from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { appendChunk, createUpload, finishUpload, recordedType, uploadOffset } from '../../platform/uploads';
import { openInterview, questionOf } from './interview-access';
import { type AnswerMode, takes } from './interview-schema';

// The candidate's recorded takes: each arrives through a resumable upload owned by their interview; the take is
// counted when the upload finishes, against the question's limit, under the interview's row lock.
export const answerOwner = (interviewId: string) => `recruiting.answer:${interviewId}`;
const takeKey = (orgId: string, interviewId: string, ext: string) =>
  `orgs/${orgId}/recruiting/answers/${interviewId}/${crypto.randomUUID()}.${ext}`;
const modeOf = (contentType: string): AnswerMode => (contentType.startsWith('video/') ? 'video' : 'audio');

async function takesUsed(ctx: Ctx, interviewId: string, questionId: string) {
  const [r] = await ctx.db
    .select({ n: count() })
    .from(takes)
    .where(and(eq(takes.orgId, ctx.orgId), eq(takes.interviewId, interviewId), eq(takes.questionId, questionId)));
  return r?.n ?? 0;
}

export async function startAnswerUpload(
  ctx: Ctx,
  applicationId: string,
  input: { questionId: string; size: number; contentType: string },
) {
  const { interview, jobId } = await openInterview(ctx, applicationId);
  const q = await questionOf(ctx, jobId, input.questionId);
  if (!q.modes.includes(modeOf(input.contentType))) throw new AppError('recruiting.mode_not_allowed', 422);
  if ((await takesUsed(ctx, interview.id, q.id)) >= q.takes) throw new AppError('recruiting.takes_used', 409, { takes: q.takes });
  const row = await createUpload(ctx.platform, {
    orgId: ctx.orgId,
    owner: answerOwner(interview.id),
    declaredType: input.contentType,
    size: input.size,
    subject: q.id,
  });
  return { id: row.id, offset: 0, size: row.size };
}

export async function answerUploadState(ctx: Ctx, applicationId: string, id: string) {
  const { interview } = await openInterview(ctx, applicationId);
  const s = await uploadOffset(ctx.platform, { orgId: ctx.orgId, owner: answerOwner(interview.id), id });
  return { id, offset: s.offset, size: s.size };
}

export async function sendAnswerChunk(ctx: Ctx, applicationId: string, input: { id: string; offset: number; bytes: Uint8Array }) {
  const { interview } = await openInterview(ctx, applicationId);
  const r = await appendChunk(ctx.platform, { orgId: ctx.orgId, owner: answerOwner(interview.id), ...input });
  return { id: input.id, offset: r.offset, size: 0 };
}

export async function finishAnswerUpload(ctx: Ctx, applicationId: string, uploadId: string) {
  const { interview } = await openInterview(ctx, applicationId);
  return finishUpload(
    ctx.platform,
    {
      orgId: ctx.orgId,
      owner: answerOwner(interview.id),
      id: uploadId,
      keyFor: (k) => takeKey(ctx.orgId, interview.id, k.ext),
    },
    async (tx, file) => {
      const tctx = { ...ctx, db: tx };
      const { jobId } = await openInterview(tctx, applicationId, true);
      const q = await questionOf(tctx, jobId, file.subject ?? '');
      const used = await takesUsed(tctx, interview.id, q.id);
      if (used >= q.takes) throw new AppError('recruiting.takes_used', 409, { takes: q.takes });
      const [take] = await tx
        .insert(takes)
        .values({
          orgId: ctx.orgId,
          interviewId: interview.id,
          questionId: q.id,
          number: used + 1,
          storageKey: file.key,
          contentType: recordedType(file.declaredType, file.kind),
          size: file.size,
        })
        .returning();
      return { id: take.id, number: take.number, contentType: take.contentType, size: take.size, questionId: q.id };
    },
  );
}
