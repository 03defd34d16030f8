import { AppError } from '../../platform/errors';
import type { Auth } from './better-auth';

/** Sets a new password with the e-mailed token; better-auth consumes the token and ends every session of the user. */
export async function resetPassword(auth: Auth, input: { token: string; password: string }): Promise<void> {
  try {
    await auth.api.resetPassword({ body: { token: input.token, newPassword: input.password } });
  } catch {
    throw new AppError('auth.reset_invalid', 400);
  }
}
