import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { people } from '../people/schema';
import type { Auth } from './better-auth';
import { attemptKeys, countAttempt, forgiveAttempt } from './login-limits';
import { personCtx } from './person-ctx';
import { invitations, user } from './schema';

export type SignInInput = { email: string; password: string };

type Membership = typeof people.$inferSelect;

/**
 * Signs in through better-auth and returns its response (which sets the session cookie). `client` is the client's
 * address (hashed for the limits, never stored).
 *
 * Every answer is the same for an e-mail with a login and one without: the same attempt is counted first, a
 * password hash of the same cost is computed, and the same 401 / 429 follow. Only the right password of a login
 * with at least one active membership signs in.
 */
export async function signIn(
  platform: Platform,
  auth: Auth,
  input: SignInInput,
  headers: Headers,
  client: string,
): Promise<Response> {
  const email = input.email.trim().toLowerCase();
  const keys = attemptKeys(platform, email, client);
  await countAttempt(platform, keys);

  const memberships = await membershipsOf(platform, email);
  // A login with no active membership may still sign in to accept an open invitation (someone who left one
  // organisation and is invited by another): the session then has no organisation until the invitation is accepted.
  if (!memberships.some((m) => m.status === 'active') && !(await hasOpenInvitation(platform, email))) {
    // No login, or nobody lets it in any more (deactivated everywhere): spend what checking a password costs.
    await (await auth.$context).password.hash(input.password);
    await auditEach(platform, memberships, 'auth.sign_in_failed');
    throw new AppError('invalid_credentials', 401);
  }

  let res: Response | undefined;
  try {
    res = await auth.api.signInEmail({ body: { email, password: input.password }, headers, asResponse: true });
  } catch {
    res = undefined;
  }
  if (!res?.ok) {
    await auditEach(platform, memberships, 'auth.sign_in_failed');
    throw new AppError('invalid_credentials', 401);
  }
  await forgiveAttempt(platform, keys);
  await auditEach(
    platform,
    memberships.filter((m) => m.status === 'active'),
    'auth.sign_in',
  );
  return res;
}

/** The people rows (memberships, one per organisation) of the login with this e-mail; none without a login. */
async function membershipsOf(platform: Platform, email: string): Promise<Membership[]> {
  const rows = await platform.db
    .select({ person: people })
    .from(user)
    .innerJoin(people, eq(people.userId, user.id))
    .where(eq(user.email, email));
  return rows.map((r) => r.person);
}

/** An invitation that can still be accepted, addressed to this e-mail in any organisation. */
async function hasOpenInvitation(platform: Platform, email: string): Promise<boolean> {
  const [row] = await platform.db
    .select({ id: invitations.id })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(
      and(
        sql`lower(${people.email}) = ${email}`,
        eq(people.status, 'invited'),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return !!row;
}

/** One audit record in each organisation of the login (no address or other client detail is recorded). */
async function auditEach(platform: Platform, memberships: Membership[], action: string): Promise<void> {
  for (const m of memberships) {
    await recordAudit({
      ctx: personCtx(platform, m),
      input: { action, targetType: 'person', targetId: m.id, targetName: m.name },
    });
  }
}
