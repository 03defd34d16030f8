import { type Ctx, requirePermission } from '../../platform/ctx';
import type { InstanceAddressT } from './contract';

/**
 * The configured public address, for the admins' banner: the browser compares it with the address it is using and
 * says what to set when they differ. Admin only: it is the operator's business, and nothing here varies by tenant.
 */
export async function getInstanceAddress({ ctx }: { ctx: Ctx; input?: undefined }): Promise<InstanceAddressT> {
  requirePermission(ctx, 'org.settings');
  const { publicUrl, publicUrlConfigured } = ctx.platform.config;
  return { publicUrl, configured: publicUrlConfigured !== false };
}
