import { and, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import type { DbOrTx } from '../../platform/db/client';
import type { Platform } from '../../platform/platform';
import { discardUploadsOf } from '../../platform/uploads';
import { answerOwner } from './answer-takes';
import { interviews, takes } from './interview-schema';
import { interviewMail } from './send-interview';

/** Reminded once, this long before the deadline, if the candidate has not sent their answers yet. */
export const INTERVIEW_REMIND_BEFORE_MS = 48 * 3600_000;

/**
 * Recording bytes of these applications' interviews (sent takes and unfinished uploads), deleted before their rows:
 * erasure and retention call it, then delete the applications (interviews, takes and answers cascade).
 */
export async function deleteInterviewMedia(platform: Platform, db: DbOrTx, applicationIds: string[]) {
  if (applicationIds.length === 0) return;
  const ivs = await db
    .select({ id: interviews.id, orgId: interviews.orgId })
    .from(interviews)
    .where(inArray(interviews.applicationId, applicationIds));
  if (ivs.length === 0) return;
  const files = await db
    .select({ key: takes.storageKey })
    .from(takes)
    .where(
      inArray(
        takes.interviewId,
        ivs.map((i) => i.id),
      ),
    );
  for (const f of files) await platform.storage.delete(f.key);
  for (const iv of ivs) await discardUploadsOf(platform, db, iv.orgId, [answerOwner(iv.id)]);
}

/** A candidate who withdraws keeps their application row (HR see the withdrawal) but no recording of them remains. */
export async function eraseRecordings(platform: Platform, orgId: string, applicationId: string) {
  await deleteInterviewMedia(platform, platform.db, [applicationId]);
  const ivs = await platform.db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.orgId, orgId), eq(interviews.applicationId, applicationId)));
  if (ivs.length)
    await platform.db.delete(takes).where(
      and(
        eq(takes.orgId, orgId),
        inArray(
          takes.interviewId,
          ivs.map((i) => i.id),
        ),
      ),
    );
}

/**
 * One reminder per interview, two days before its deadline, if not yet submitted: claimed by a conditional update of
 * `reminded_at` in the transaction that queues the e-mail, so two sweeps (or a retried job) remind once.
 */
export async function remindInterviews(platform: Platform, now = new Date()): Promise<number> {
  const due = await platform.db
    .select({ id: interviews.id, orgId: interviews.orgId })
    .from(interviews)
    .where(
      and(
        isNull(interviews.remindedAt),
        isNull(interviews.submittedAt),
        gt(interviews.deadline, now),
        lt(interviews.deadline, new Date(now.getTime() + INTERVIEW_REMIND_BEFORE_MS)),
      ),
    )
    .limit(500);
  let sent = 0;
  for (const d of due) {
    const mail = await platform.db.transaction(async (tx) => {
      const [iv] = await tx
        .update(interviews)
        .set({ remindedAt: new Date() })
        .where(and(eq(interviews.id, d.id), isNull(interviews.remindedAt), isNull(interviews.submittedAt)))
        .returning();
      if (!iv) return null;
      const ctx = { ...systemCtx(platform, d.orgId), db: tx };
      return interviewMail(platform, ctx, iv.applicationId, 'recruiting_interview_reminder', iv.deadline);
    });
    if (mail) {
      await mail.enqueue(platform);
      sent++;
    }
  }
  return sent;
}
