import { eq } from 'drizzle-orm';
import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { PointsTableT, RecognitionPatchT, RecognitionSettingsT } from './contract';
import { recognition } from './schema';

/** The example table of the issue: comms change it; points already given never change with it. */
export const DEFAULT_POINTS: PointsTableT = { share: 5, personalised: 5, click: 1, clickCapPerShareDay: 20, quiz: 10 };

type Row = typeof recognition.$inferSelect;

export const settingsView = (r: Row | undefined): RecognitionSettingsT => ({
  enabled: r?.enabled ?? false,
  enabledAt: r?.enabledAt?.toISOString() ?? null,
  table: r?.table ?? DEFAULT_POINTS,
  executiveBoard: r?.executiveBoard ?? false,
  computedUntil: r?.computedUntil?.toISOString() ?? null,
  lastError: r?.lastError ?? null,
});

export async function recognitionRow(ctx: Ctx): Promise<Row | undefined> {
  const [r] = await ctx.db.select().from(recognition).where(eq(recognition.orgId, ctx.orgId));
  return r;
}

export async function getRecognition({ ctx }: { ctx: Ctx; input?: undefined }): Promise<RecognitionSettingsT> {
  requirePermission(ctx, 'programme.manage');
  return settingsView(await recognitionRow(ctx));
}

/**
 * Switches points on or off and edits the table. Switching on starts the count from now: nothing done before is
 * turned into points (never back-dated); switching off stops new points and keeps the ones given.
 */
export async function updateRecognition({ ctx, input }: { ctx: Ctx; input: RecognitionPatchT }): Promise<RecognitionSettingsT> {
  requirePermission(ctx, 'programme.manage');
  return inTx(ctx, async (tx) => {
    const before = await recognitionRow(tx);
    const turningOn = input.enabled === true && !before?.enabled;
    const now = new Date();
    const values = {
      enabled: input.enabled ?? before?.enabled ?? false,
      table: input.table ?? before?.table ?? DEFAULT_POINTS,
      executiveBoard: input.executiveBoard ?? before?.executiveBoard ?? false,
      ...(turningOn ? { enabledAt: now, computedUntil: now } : {}),
    };
    const [row] = await tx.db
      .insert(recognition)
      .values({ orgId: ctx.orgId, ...values })
      .onConflictDoUpdate({ target: recognition.orgId, set: values })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'programme.recognition_updated', targetType: 'organisation', data: { ...input } },
    });
    return settingsView(row);
  });
}
