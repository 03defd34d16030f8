import { eq, isNull } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { AppError, invalid } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { people } from '../people/schema';
import type { Auth } from './better-auth';
import { findLoginByEmail, hashPassword, insertLogin } from './create-login';
import { findInvitation } from './find-invitation';
import { personCtx } from './person-ctx';
import { invitations, session } from './schema';

type Found = Awaited<ReturnType<typeof findInvitation>>;

/**
 * Accepts an invitation. Modelled on Documenso's accept-organisation-invitation: an invitation for an e-mail that
 * already has a login is accepted only by that login, signed in; it adds the membership and never touches a
 * credential. A new e-mail chooses its password here and gets its login. Answers 409 auth.invitation_sign_in when the
 * login exists and nobody is signed in (also when a concurrent acceptance created it first), 403
 * auth.invitation_other_account when another login is signed in. Returns better-auth's sign-in response when a new
 * login was created (its cookies start the session), null otherwise (the existing session now acts in the new org).
 */
export async function acceptInvitation(
  platform: Platform,
  auth: Auth,
  input: { token: string; password?: string },
  headers: Headers,
): Promise<{ res: Response | null; locale: Found['locale'] }> {
  const found = await findInvitation(platform, input.token);
  const { person, orgName, locale } = found;
  const s = await auth.api.getSession({ headers });
  if (s && s.user.email.toLowerCase() !== person.email.toLowerCase()) throw new AppError('auth.invitation_other_account', 403);
  const signInFirst = new AppError('auth.invitation_sign_in', 409, { organisation: orgName });
  const existing = await findLoginByEmail(platform.db, person.email);
  if (existing) {
    if (!s) throw signInFirst;
    await join(platform, found, () => Promise.resolve(s.user.id));
    // Joining an organisation means entering it: this session now acts there.
    await platform.db.update(session).set({ activeOrgId: person.orgId }).where(eq(session.id, s.session.id));
    return { res: null, locale };
  }
  if (!input.password) throw invalid('auth.password_required');
  const passwordHash = await hashPassword(auth, input.password);
  try {
    await join(platform, found, (tx) => insertLogin(tx.db, { email: person.email, name: person.name, passwordHash }));
  } catch (err) {
    // Another acceptance for this e-mail (another organisation's invitation) created the login first.
    if (err instanceof AppError && err.code === 'auth.login_exists') throw signInFirst;
    throw err;
  }
  const res = await auth.api.signInEmail({ body: { email: person.email, password: input.password }, headers, asResponse: true });
  return { res, locale };
}

/**
 * In one transaction: claims the link (single use, even under concurrent clicks), gets the login, makes the person an
 * active member with it and audits. Anything failing rolls everything back, the link included.
 */
async function join(platform: Platform, found: Found, loginOf: (tx: Ctx) => Promise<string>) {
  const { invitation, person } = found;
  await inTx(personCtx(platform, person), async (tx) => {
    const claimed = await tx.db
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(ofOrg(tx, invitations, eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new AppError('auth.invitation_invalid', 404);
    const userId = await loginOf(tx);
    const joined = await tx.db
      .update(people)
      .set({ userId, status: 'active', updatedAt: new Date() })
      .where(ofOrg(tx, people, eq(people.id, person.id), eq(people.status, 'invited')))
      .returning({ id: people.id });
    if (joined.length === 0) throw new AppError('auth.invitation_invalid', 404);
    await recordAudit({
      ctx: { ...tx, actor: { ...tx.actor!, userId } },
      input: { action: 'invitation.accepted', targetType: 'person', targetId: person.id, targetName: person.name },
    });
  });
}
