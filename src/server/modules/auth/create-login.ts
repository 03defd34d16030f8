import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import type { Auth } from './better-auth';
import { account, user } from './schema';

/** A password hashed the way better-auth checks it at sign-in. Slow on purpose: call it outside transactions. */
export async function hashPassword(auth: Auth, password: string): Promise<string> {
  return (await auth.$context).password.hash(password);
}

/**
 * Creates a login (better-auth user + password credential) for an e-mail that has none, in the caller's
 * transaction. One login per e-mail across organisations: if the e-mail already has a login (or a concurrent
 * request creates it first) this refuses with `auth.login_exists` and changes nothing. There is deliberately no
 * path that sets the password of an existing login: that is what a password reset (mailed to the person) is for.
 */
export async function insertLogin(db: DbOrTx, input: { email: string; name: string; passwordHash: string }): Promise<string> {
  const id = crypto.randomUUID();
  const created = await db
    .insert(user)
    .values({ id, email: input.email.toLowerCase(), name: input.name, emailVerified: true })
    .onConflictDoNothing({ target: user.email })
    .returning({ id: user.id });
  if (created.length === 0) throw new AppError('auth.login_exists', 409);
  await db
    .insert(account)
    .values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: input.passwordHash });
  return id;
}

/** hashPassword + insertLogin in one go (seeding, set-up scripts): refuses an e-mail that already has a login. */
export async function createLogin(auth: Auth, db: DbOrTx, input: { email: string; name: string; password: string }) {
  const passwordHash = await hashPassword(auth, input.password);
  // One transaction (a savepoint inside the caller's): never a user without its credential.
  return db.transaction((tx) => insertLogin(tx, { email: input.email, name: input.name, passwordHash }));
}

/** The login of an e-mail, if there is one. */
export async function findLoginByEmail(db: DbOrTx, email: string): Promise<{ id: string } | undefined> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase())).limit(1);
  return row;
}
