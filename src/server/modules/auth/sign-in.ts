import { and, count, eq, gt, sql } from 'drizzle-orm';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { auditLog, recordAudit } from '../audit';
import { people } from '../people/schema';
import type { Auth } from './better-auth';
import { personCtx } from './person-ctx';

export type SignInInput = { email: string; password: string };

/** Failed attempts per account tolerated in the window before sign-in is refused (guessing, not typos). */
const MAX_FAILURES = 10;
const WINDOW = sql`now() - interval '15 minutes'`;

/** Signs in through better-auth and returns its response (which sets the session cookie). */
export async function signIn(platform: Platform, auth: Auth, input: SignInInput, headers: Headers): Promise<Response> {
  // Deactivated people cannot sign in, whatever their password.
  const active = await platform.db
    .select()
    .from(people)
    .where(and(sql`lower(${people.email}) = lower(${input.email})`, eq(people.status, 'active')))
    .limit(1);
  if (active.length === 0) throw new AppError('invalid_credentials', 401);
  const p = active[0];
  const ctx = personCtx(platform, p);
  // Failures are counted from the audit log, so the limit holds across server processes and restarts.
  const [failures] = await platform.db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, p.orgId),
        eq(auditLog.targetId, p.id),
        eq(auditLog.action, 'auth.sign_in_failed'),
        gt(auditLog.createdAt, WINDOW),
      ),
    );
  if (failures.n >= MAX_FAILURES) throw new AppError('rate_limited', 429);
  let res: Response | undefined;
  try {
    res = await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers, asResponse: true });
  } catch {
    res = undefined;
  }
  const target = { targetType: 'person', targetId: p.id, targetName: p.name };
  if (!res?.ok) {
    await recordAudit({ ctx, input: { action: 'auth.sign_in_failed', ...target } });
    throw new AppError('invalid_credentials', 401);
  }
  await recordAudit({ ctx, input: { action: 'auth.sign_in', ...target } });
  return res;
}
