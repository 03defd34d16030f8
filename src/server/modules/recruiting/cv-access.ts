import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { applications } from './schema';

/** A candidate's CV for HR; every opening is written in the audit log (who, when, which candidate). */
export async function readCvFile({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const [app] = await ctx.db
    .select({ cvKey: applications.cvKey, name: applications.name })
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.id, input.id)));
  const file = app?.cvKey ? await ctx.platform.storage.get(app.cvKey) : null;
  if (!file) throw notFound('file');
  await recordAudit({
    ctx,
    input: { action: 'recruiting.cv_viewed', targetType: 'application', targetId: input.id, targetName: app?.name },
  });
  return file;
}
