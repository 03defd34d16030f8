import { type Ctx, requirePermission } from '../../platform/ctx';
import { getVisiblePost, listPostCaptions } from '../content';
import { getOrgSettings } from '../organisations';
import type { FeedPostT } from './contract';
import { toFeedItem } from './feed-item';
import { myAudience, preferredLanguages } from './my-audience';
import { mySharedNetworks } from './my-shares';
import { networkLimits } from './networks';

/** Length of `${publicUrl}/l/<9-character code>` (see links' newCode). */
export const linkLengthOf = (ctx: Ctx) => `${ctx.platform.config.publicUrl}/l/`.length + 9;

/** One post of my feed in my content language (else the other), suggestions likewise, and the sharing rules. */
export async function getFeedPost({ ctx, input }: { ctx: Ctx; input: { postId: string } }): Promise<FeedPostT> {
  requirePermission(ctx, 'share');
  const who = await myAudience(ctx);
  const post = await getVisiblePost({ ctx, input: { ...who, postId: input.postId } });
  const [captions, settings, mine] = await Promise.all([
    listPostCaptions({ ctx, input: { postId: post.id } }),
    getOrgSettings({ ctx }),
    mySharedNetworks(ctx, post.id),
  ]);
  const preferred = preferredLanguages(ctx, who);
  // Suggestions in the first language I prefer that has any; the post itself may be in another (like its title).
  const lang = [...preferred, 'it', 'en'].find((l) => captions.some((c) => c.locale === l));
  const own = captions.filter((c) => c.locale === lang);
  return {
    post: { ...toFeedItem(post, mine.get(post.id) ?? [], preferred, Number.POSITIVE_INFINITY), url: post.url },
    captions: (own.length > 0 ? own : captions).map((c) => ({ id: c.id, locale: c.locale, network: c.network, text: c.text })),
    disclosure: settings.disclosure?.trim() || null,
    blockedWords: settings.blockedWords,
    limits: networkLimits,
    linkLength: linkLengthOf(ctx),
  };
}
