import { and, eq, isNull } from 'drizzle-orm';
import { inTx, ofOrg } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { people } from '../people/schema';
import type { Auth } from './better-auth';
import { createLogin } from './create-login';
import { findInvitation } from './find-invitation';
import { personCtx } from './person-ctx';
import { invitations } from './schema';

/**
 * Accepts an invitation: the link is claimed first (single use, even under concurrent clicks), then the login is
 * created, the person becomes active, and they are signed in. Returns better-auth's sign-in response (cookies).
 */
export async function acceptInvitation(
  platform: Platform,
  auth: Auth,
  input: { token: string; password: string },
  headers: Headers,
) {
  const { invitation, person, locale } = await findInvitation(platform, input.token);
  const claimed = await platform.db
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (claimed.length === 0) throw new AppError('auth.invitation_invalid', 404);
  let userId: string;
  try {
    userId = await createLogin(auth, { email: person.email, name: person.name, password: input.password });
  } catch (err) {
    // Give the link back: nothing was created with it.
    await platform.db.update(invitations).set({ acceptedAt: null }).where(eq(invitations.id, invitation.id));
    throw err;
  }
  const ctx = personCtx(platform, { ...person, userId });
  await inTx(ctx, async (tx) => {
    await tx.db
      .update(people)
      .set({ userId, status: 'active', updatedAt: new Date() })
      .where(ofOrg(tx, people, eq(people.id, person.id)));
    await recordAudit({
      ctx: tx,
      input: { action: 'invitation.accepted', targetType: 'person', targetId: person.id, targetName: person.name },
    });
  });
  const res = await auth.api.signInEmail({ body: { email: person.email, password: input.password }, headers, asResponse: true });
  return { res, locale };
}
