import { eq } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import type { Locale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { organisations } from '../organisations/schema';
import { careersUrl } from './rows';

/** The organisation of a public careers address, with the system context its pages act in (no actor). */
export async function publicOrg(platform: Platform, slug: string, locale: Locale) {
  const [org] = await platform.db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!org) return null;
  return {
    ctx: systemCtx(platform, org.id, locale),
    info: { name: org.name, slug: org.slug, careersUrl: careersUrl(platform.config.publicUrl, org.slug) },
  };
}
