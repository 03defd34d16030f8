import crypto from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { DbOrTx } from '../../platform/db/client';
import { candidateTokens } from './schema';

/** The e-mailed link works once, within a week; opening it gives a session of two hours (a cookie). */
export const LINK_DAYS = 7;
export const SESSION_MINUTES = 120;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');
const newToken = () => crypto.randomBytes(32).toString('base64url');
export const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export async function issueToken(
  ctx: Pick<Ctx, 'db' | 'orgId'>,
  applicationId: string,
  kind: 'link' | 'session',
): Promise<string> {
  const token = newToken();
  const ms = kind === 'link' ? LINK_DAYS * 86_400_000 : SESSION_MINUTES * 60_000;
  await ctx.db.insert(candidateTokens).values({
    orgId: ctx.orgId,
    applicationId,
    kind,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + ms),
  });
  return token;
}

export type LinkOutcome =
  | { ok: true; orgId: string; applicationId: string }
  | { ok: false; reason: 'used' | 'expired' | 'unknown' };

/**
 * Spends a magic link: one conditional update, so two clicks at once cannot both get a session. A link already used
 * or past its time says so (the candidate asks for a new one), never which application it was for.
 */
export async function spendLink(db: DbOrTx, token: string): Promise<LinkOutcome> {
  if (!TOKEN_RE.test(token)) return { ok: false, reason: 'unknown' };
  const hash = hashToken(token);
  const [spent] = await db
    .update(candidateTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(candidateTokens.tokenHash, hash),
        eq(candidateTokens.kind, 'link'),
        isNull(candidateTokens.usedAt),
        gt(candidateTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  if (spent) return { ok: true, orgId: spent.orgId, applicationId: spent.applicationId };
  const [row] = await db.select().from(candidateTokens).where(eq(candidateTokens.tokenHash, hash));
  if (row?.kind !== 'link') return { ok: false, reason: 'unknown' };
  return { ok: false, reason: row.usedAt ? 'used' : 'expired' };
}

/** The application a session cookie opens, or null (unknown, expired, or the application was erased). */
export async function sessionOf(db: DbOrTx, token: string | undefined) {
  if (!token || !TOKEN_RE.test(token)) return null;
  const [row] = await db
    .select({ orgId: candidateTokens.orgId, applicationId: candidateTokens.applicationId })
    .from(candidateTokens)
    .where(
      and(
        eq(candidateTokens.tokenHash, hashToken(token)),
        eq(candidateTokens.kind, 'session'),
        gt(candidateTokens.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}
