import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, systemCtx } from '../../platform/ctx';
import type { Locale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { organisations } from '../organisations/schema';
import { type EventStory, listEventStories } from '../stories';
import type { EventRow } from './rows';
import { events } from './schema';

const SLUG = /^[a-z0-9-]{1,120}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The public address of an event's gallery: what its tracked links lead to. */
export const galleryUrl = (platform: Platform, slug: string, eventId: string) =>
  `${platform.config.publicUrl}/gallery/${slug}/${eventId}`;

/** The organisation's address name, for the gallery URL of its events. */
export async function orgSlugOf(ctx: Ctx): Promise<string> {
  // The organisations row is the tenant itself: filtered by its id, which is the caller's orgId.
  const [org] = await ctx.db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, ctx.orgId));
  return org?.slug ?? '';
}

export type PublicGallery = {
  ctx: Ctx;
  org: { name: string; slug: string };
  event: EventRow;
  stories: EventStory[];
};

/**
 * An event's public gallery, or null. Public means: published, and at least one approved story. Approving a story is
 * already comms' decision to publish it (it becomes a shareable post), so the gallery needs no second switch; an event
 * nobody has told yet has nothing to show. Unknown ids, other organisations' events, drafts, cancelled events and
 * events without approved stories all answer the same null: the page never says whether an event exists.
 */
export async function loadPublicGallery(platform: Platform, slug: string, id: string, locale: Locale) {
  if (!SLUG.test(slug) || !UUID.test(id)) return null;
  const [org] = await platform.db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!org) return null;
  const ctx = systemCtx(platform, org.id, locale);
  const [event] = await ctx.db
    .select()
    .from(events)
    .where(ofOrg(ctx, events, and(eq(events.id, id), eq(events.status, 'published'))));
  if (!event) return null;
  const stories = await listEventStories({ ctx, eventId: event.id });
  if (stories.length === 0) return null;
  return { ctx, org: { name: org.name, slug: org.slug }, event, stories } satisfies PublicGallery;
}
