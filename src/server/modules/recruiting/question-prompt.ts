import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { appendChunk, createUpload, finishUpload, recordedType, uploadOffset } from '../../platform/uploads';
import { recordAudit } from '../audit';
import { questions } from './interview-schema';
import { getQuestionRow, toQuestion } from './questions';

// The hiring manager records a question (audio or video) in the browser; it arrives through a resumable upload.
const owner = (questionId: string) => `recruiting.prompt:${questionId}`;
const promptKey = (orgId: string, ext: string) => `orgs/${orgId}/recruiting/prompts/${crypto.randomUUID()}.${ext}`;

export async function startPromptUpload({ ctx, input }: { ctx: Ctx; input: { id: string; size: number; contentType: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const q = await getQuestionRow(ctx, input.id);
  const row = await createUpload(ctx.platform, {
    orgId: ctx.orgId,
    owner: owner(q.id),
    declaredType: input.contentType,
    size: input.size,
  });
  return { id: row.id, offset: 0, size: row.size };
}

/** Uploads of HR are addressed by id alone: the owner is looked up and must be a question of this organisation. */
export async function promptUploadState({ ctx, input }: { ctx: Ctx; input: { id: string; questionId: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const state = await uploadOffset(ctx.platform, { orgId: ctx.orgId, owner: owner(input.questionId), id: input.id });
  return { id: input.id, offset: state.offset, size: state.size };
}

export async function sendPromptChunk({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; questionId: string; offset: number; bytes: Uint8Array };
}) {
  requirePermission(ctx, 'recruiting.manage');
  const r = await appendChunk(ctx.platform, { orgId: ctx.orgId, owner: owner(input.questionId), ...input });
  return { id: input.id, offset: r.offset, size: 0 };
}

/** Finishes the upload (checked by content) and makes it the question's recording, replacing any earlier one. */
export async function attachPrompt({ ctx, input }: { ctx: Ctx; input: { id: string; uploadId: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const q = await getQuestionRow(ctx, input.id);
  const { row, old } = await finishUpload(
    ctx.platform,
    { orgId: ctx.orgId, owner: owner(q.id), id: input.uploadId, keyFor: (k) => promptKey(ctx.orgId, k.ext) },
    async (tx, file) => {
      const locked = await getQuestionRow({ ...ctx, db: tx }, q.id, true);
      const [updated] = await tx
        .update(questions)
        .set({ promptKey: file.key, promptType: recordedType(file.declaredType, file.kind) })
        .where(ofOrg(ctx, questions, eq(questions.id, q.id)))
        .returning();
      await recordAudit({
        ctx: { ...ctx, db: tx },
        input: { action: 'recruiting.question_recorded', targetType: 'job', targetId: q.jobId },
      });
      return { row: updated, old: locked.promptKey };
    },
  );
  if (old) await ctx.platform.storage.delete(old);
  return toQuestion(row);
}

export async function removePrompt({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const q = await getQuestionRow(ctx, input.id);
  const [row] = await ctx.db
    .update(questions)
    .set({ promptKey: null, promptType: null })
    .where(ofOrg(ctx, questions, eq(questions.id, q.id)))
    .returning();
  if (q.promptKey) await ctx.platform.storage.delete(q.promptKey);
  return toQuestion(row);
}

/** The recording's bytes, for HR previewing it and for the candidate (whose access the caller checked). */
export async function readPrompt(ctx: Ctx, questionId: string) {
  const q = await getQuestionRow(ctx, questionId);
  const file = q.promptKey ? await ctx.platform.storage.get(q.promptKey) : null;
  if (!file) throw notFound('file');
  return file;
}
