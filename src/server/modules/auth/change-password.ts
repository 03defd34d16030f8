import { eq } from 'drizzle-orm';
import { type Ctx, inTx } from '../../platform/ctx';
import { AppError, unauthenticated } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { Auth } from './better-auth';
import { attemptKeys, countAttempt, forgiveAttempt } from './login-limits';
import { session } from './schema';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/**
 * A signed-in person changes their password, proving the current one. Every other session of the login ends
 * (a phone left signed in elsewhere, or whoever learnt the old password); this browser gets a new session that
 * stays in the organisation it was working in. A wrong current password counts against the same limits as a
 * sign-in, so a session left open is no way to guess the password.
 *
 * Returns better-auth's response, which carries the new session cookie.
 */
export async function changePassword({
  ctx,
  auth,
  input,
  headers,
  client,
}: {
  ctx: Ctx;
  auth: Auth;
  input: ChangePasswordInput;
  headers: Headers;
  client: string;
}): Promise<Response> {
  const actor = ctx.actor;
  if (!actor?.userId) throw unauthenticated();
  const keys = attemptKeys(ctx.platform, actor.email, client);
  await countAttempt(ctx.platform, keys);
  let res: Response | undefined;
  try {
    res = await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers,
      asResponse: true,
    });
  } catch {
    res = undefined;
  }
  if (!res?.ok) {
    // The form shows this next to the current-password field.
    throw new AppError('auth.wrong_password', 400, {}, [{ path: 'currentPassword', code: 'wrong_password' }]);
  }
  await forgiveAttempt(ctx.platform, keys);
  const { token } = (await res.clone().json()) as { token: string | null };
  await inTx(ctx, async (tx) => {
    if (token) await tx.db.update(session).set({ activeOrgId: ctx.orgId }).where(eq(session.token, token));
    await recordAudit({
      ctx: tx,
      input: { action: 'auth.password_changed', targetType: 'person', targetId: actor.personId, targetName: actor.name },
    });
  });
  return res;
}
