import type { Ctx } from '../../platform/ctx';
import { linkOfCode } from '../links';
import { findPeopleDetails } from '../people';
import { emailKey } from './email-key';
import type { JobRow } from './rows';

export const REF_COOKIE = 'voce_job_ref';
export const REF_RE = /^[A-Za-z0-9]{6,16}$/;

export type Attribution = { linkId: string; referrerId: string; referrerEmailKey: string };

/**
 * The sharer behind a tracked-link code, only if the code is a real link of this organisation made for THIS job's
 * post: a code copied from another job, organisation or typed by hand credits nobody.
 */
export async function attributionOf(ctx: Ctx, job: JobRow, code: string | null | undefined): Promise<Attribution | null> {
  if (!code || !REF_RE.test(code) || !job.postId) return null;
  const link = await linkOfCode(ctx.db, code);
  if (!link || link.orgId !== ctx.orgId || link.postId !== job.postId) return null;
  const [sharer] = await findPeopleDetails(ctx, [link.personId]);
  if (!sharer) return null;
  return { linkId: link.id, referrerId: link.personId, referrerEmailKey: emailKey(sharer.email) };
}
