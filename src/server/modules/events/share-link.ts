import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission, systemCtx } from '../../platform/ctx';
import { archivePost, createPost } from '../content';
import { ensureLink } from '../links';
import { findProfile } from '../people';
import { getEventView } from './get-event';
import { galleryUrl, orgSlugOf } from './public-gallery';
import { getEvent } from './rows';
import { events } from './schema';

/**
 * Tracked links belong to a post (the links module counts clicks per post, network and person). An event gets one
 * carrier post, created once under the event's row lock and archived at once so it never reaches a feed.
 */
async function carrierOf(ctx: Ctx, eventId: string): Promise<string> {
  return inTx(ctx, async (tx) => {
    const e = await getEvent(tx, eventId, { lock: true });
    if (e.sharePostId) return e.sharePostId;
    const system = { ...systemCtx(ctx.platform, ctx.orgId, ctx.locale), db: tx.db };
    const post = await createPost({
      ctx: system,
      input: {
        texts: {
          it: { title: e.titleIt, body: e.descriptionIt },
          en: { title: e.titleEn, body: e.descriptionEn },
        },
        url: galleryUrl(ctx.platform, await orgSlugOf(tx), e.id),
        topics: [],
        language: 'all',
        captions: [],
        targeting: { all: true, departments: [], sites: [], personIds: [] },
      },
    });
    await archivePost({ ctx: system, input: { id: post.id } });
    await tx.db
      .update(events)
      .set({ sharePostId: post.id })
      .where(ofOrg(tx, events, eq(events.id, e.id)));
    return post.id;
  });
}

/** The caller's own tracked link to an event page they can see (the same link each time). */
export async function eventShareLink({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<{ url: string }> {
  requirePermission(ctx, 'events.join');
  const me = actorOf(ctx).personId;
  const view = await getEventView({ ctx, input });
  const postId = await carrierOf(ctx, view.id);
  const profile = await findProfile(ctx, me);
  const link = await ensureLink({
    ctx,
    input: {
      postId,
      personId: me,
      network: 'copy',
      // The public gallery: people outside the company have no account (it answers 404 until a story is approved).
      destination: galleryUrl(ctx.platform, await orgSlugOf(ctx), view.id),
      department: profile?.department ?? null,
      site: profile?.site ?? null,
    },
  });
  return { url: link.url };
}
