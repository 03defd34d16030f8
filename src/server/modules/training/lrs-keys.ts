import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { LrsKeysT, NewLrsKeyT } from './contract';
import { iso } from './rows';
import { trainingLrsKeys } from './schema';

/** The secret is 256 random bits: a plain SHA-256 is enough to store it (nothing to brute-force). */
export const hashSecret = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');
export const lrsEndpoint = (ctx: Pick<Ctx, 'platform'>) => `${ctx.platform.config.publicUrl}/api/xapi/`;

export async function listLrsKeys({ ctx }: { ctx: Ctx }): Promise<LrsKeysT> {
  requirePermission(ctx, 'training.manage');
  const rows = await ctx.db
    .select()
    .from(trainingLrsKeys)
    .where(ofOrg(ctx, trainingLrsKeys))
    .orderBy(desc(trainingLrsKeys.createdAt));
  return {
    endpoint: lrsEndpoint(ctx),
    items: rows.map((r) => ({
      id: r.id,
      keyId: r.keyId,
      label: r.label,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: iso(r.lastUsedAt),
      revokedAt: iso(r.revokedAt),
    })),
  };
}

/** A new key for an LMS: its secret is shown once, here, and only its hash is kept. */
export async function createLrsKey({ ctx, input }: { ctx: Ctx; input: { label: string } }): Promise<NewLrsKeyT> {
  requirePermission(ctx, 'training.manage');
  const actor = actorOf(ctx);
  const keyId = `voce_${crypto.randomBytes(9).toString('base64url')}`;
  const secret = crypto.randomBytes(32).toString('base64url');
  const [row] = await inTx(ctx, async (tx) => {
    const inserted = await tx.db
      .insert(trainingLrsKeys)
      .values({ orgId: ctx.orgId, keyId, secretHash: hashSecret(secret), label: input.label, createdBy: actor.personId })
      .returning({ id: trainingLrsKeys.id });
    await recordAudit({ ctx: tx, input: { action: 'training.lrs_key_created', targetName: input.label, data: { keyId } } });
    return inserted;
  });
  return { id: row.id, keyId, secret, endpoint: lrsEndpoint(ctx) };
}

export async function revokeLrsKey({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<LrsKeysT> {
  requirePermission(ctx, 'training.manage');
  await inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(trainingLrsKeys)
      .set({ revokedAt: new Date() })
      .where(ofOrg(tx, trainingLrsKeys, and(eq(trainingLrsKeys.id, input.id), isNull(trainingLrsKeys.revokedAt))))
      .returning();
    if (!row) throw notFound('key');
    await recordAudit({
      ctx: tx,
      input: { action: 'training.lrs_key_revoked', targetName: row.label, data: { keyId: row.keyId } },
    });
  });
  return listLrsKeys({ ctx });
}
