import { count, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { statusUrl } from './apply';
import { issueToken } from './candidate-tokens';
import { interviews, questions } from './interview-schema';
import { lockApplication } from './lock-application';
import { moveStage } from './move-stage';
import { getJobRow, jobTitle, orgSlug } from './rows';
import { isUniqueViolation } from './unique-violation';

const MAX_DEADLINE_DAYS = 60;
const closed = new Set(['rejected', 'withdrawn', 'hired']);

/** The e-mailed link opens the candidate's session, then the interview page (not the status page). */
export const interviewLink = (publicUrl: string, slug: string, token: string) =>
  `${statusUrl(publicUrl, slug, token)}?to=interview`;

/**
 * HR send the job's question set to a candidate with a deadline: the application moves to "interview" if it was not
 * there yet, and the candidate gets an e-mail with a fresh magic link. Once per application (a unique index).
 */
export async function sendInterview({ ctx, input }: { ctx: Ctx; input: { id: string; deadline: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const me = actorOf(ctx);
  const deadline = new Date(input.deadline);
  const days = (deadline.getTime() - Date.now()) / 86_400_000;
  if (days < 1 / 24 || days > MAX_DEADLINE_DAYS)
    throw new AppError('recruiting.interview_deadline', 422, { max: MAX_DEADLINE_DAYS });
  try {
    const mail = await inTx(ctx, async (tx) => {
      const app = await lockApplication(tx, input.id);
      if (closed.has(app.stage)) throw new AppError('recruiting.stage_changed', 409, { stage: app.stage });
      const [n] = await tx.db
        .select({ n: count() })
        .from(questions)
        .where(ofOrg(tx, questions, eq(questions.jobId, app.jobId)));
      if (!n?.n) throw new AppError('recruiting.no_questions', 422);
      const [row] = await tx.db
        .insert(interviews)
        .values({ orgId: ctx.orgId, applicationId: app.id, deadline, sentBy: me.personId })
        .returning();
      if (app.stage !== 'interview' && app.stage !== 'offer')
        await moveStage({ ctx: tx, input: { id: app.id, stage: 'interview' } });
      await recordAudit({ ctx: tx, input: { action: 'recruiting.interview_sent', targetType: 'application', targetId: app.id } });
      return interviewMail(ctx.platform, tx, row.applicationId, 'recruiting_interview_invite', deadline);
    });
    await mail.enqueue(ctx.platform);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('recruiting.interview_sent', 409);
    throw err;
  }
}

/** An invitation or reminder, carrying a fresh single-use link (links are stored as hashes, so each mail has its own). */
export async function interviewMail(
  platform: Platform,
  tx: Ctx,
  applicationId: string,
  template: 'recruiting_interview_invite' | 'recruiting_interview_reminder',
  deadline: Date,
) {
  const app = await lockApplication(tx, applicationId);
  const job = await getJobRow(tx, app.jobId);
  const token = await issueToken(tx, app.id, 'link');
  return queueMail(platform, tx.db, {
    orgId: tx.orgId,
    to: app.email,
    template,
    locale: app.locale,
    vars: {
      url: interviewLink(platform.config.publicUrl, await orgSlug(tx), token),
      name: app.name,
      title: jobTitle(job, app.locale),
      deadline: deadline.toLocaleString(app.locale === 'en' ? 'en-GB' : 'it-IT', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Rome',
      }),
    },
  });
}
