import type { Auth } from './better-auth';

/** Creates a better-auth user with a password credential (hashed by better-auth). Returns the user id. */
export async function createLogin(auth: Auth, input: { email: string; name: string; password: string }): Promise<string> {
  const ctx = await auth.$context;
  const email = input.email.toLowerCase();
  const existing = await ctx.internalAdapter.findUserByEmail(email, { includeAccounts: true });
  const hash = await ctx.password.hash(input.password);
  if (existing) {
    const credential = existing.accounts.find((a) => a.providerId === 'credential');
    if (credential) await ctx.internalAdapter.updatePassword(existing.user.id, hash);
    else
      await ctx.internalAdapter.linkAccount({
        userId: existing.user.id,
        providerId: 'credential',
        accountId: existing.user.id,
        password: hash,
      });
    return existing.user.id;
  }
  const user = await ctx.internalAdapter.createUser({ email, name: input.name, emailVerified: true }, { method: 'admin' });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  return user.id;
}
