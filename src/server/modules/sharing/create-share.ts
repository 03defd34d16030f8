import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import { assertMayShare } from '../ambassadors';
import { ensureCampaign, getVisiblePost, listPostCaptions, versionFor } from '../content';
import { ensureLink } from '../links';
import { getOrgSettings } from '../organisations';
import { isStoryAuthor } from '../stories';
import type { ShareBodyT, ShareResultT } from './contract';
import { linkLengthOf } from './get-feed-post';
import { myAudience, preferredLanguages } from './my-audience';
import { networkLimits, sharedLength, shareIntent } from './networks';
import { sharerProfiles, shares } from './schema';
import { findRetriedShare, lockSharer } from './share-retry';
import { distanceFromSuggestions, findBlockedWords, hasDisclosure, PERSONALISED_THRESHOLD } from './text-rules';

/**
 * Records a share with the text the person will actually post, and answers the network's share intent. The share is
 * *started* (the window opens, nothing is posted yet); the person says later whether they posted it (answer-share.ts).
 * Idempotent: the same share again within half a minute (double click, retry) answers the first one.
 */
export async function createShare({ ctx, input }: { ctx: Ctx; input: ShareBodyT }): Promise<ShareResultT> {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  // Programme members who have not accepted the current guidelines, or whose sharing is suspended, cannot share here.
  await assertMayShare(ctx, me.personId);
  const who = await myAudience(ctx);
  const post = await getVisiblePost({ ctx, input: { ...who, postId: input.postId } });
  const [captions, settings] = await Promise.all([
    listPostCaptions({ ctx, input: { postId: post.id } }),
    getOrgSettings({ ctx }),
  ]);

  const text = input.text.trim();
  if (!text) throw invalid('sharing.text_empty');
  const limit = networkLimits[input.network];
  const length = sharedLength(input.network, text, linkLengthOf(ctx));
  if (length > limit) throw invalid('sharing.too_long', { limit, length });
  const disclosure = settings.disclosure?.trim();
  if (disclosure && !hasDisclosure(text, disclosure)) throw invalid('sharing.disclosure_missing', { disclosure });
  const blocked = findBlockedWords(text, settings.blockedWords);
  if (blocked.length > 0) throw invalid('sharing.blocked_words', { words: blocked.join(', ') }, { words: blocked });
  if (input.captionId && !captions.some((c) => c.id === input.captionId)) throw invalid('sharing.unknown_caption');

  // The e-mail subject is the post's title in the language I read it in.
  const subject = versionFor(post, preferredLanguages(ctx, who)).title;

  return inTx(ctx, async (ctx) => {
    await lockSharer(ctx, me.personId, post.id);
    const utmCampaign = await ensureCampaign(ctx, post);
    const link = await ensureLink({
      ctx,
      input: {
        postId: post.id,
        personId: me.personId,
        network: input.network,
        destination: post.url,
        department: who.department,
        site: who.site,
        utmCampaign,
      },
    });
    const retried = await findRetriedShare(ctx, { personId: me.personId, postId: post.id, network: input.network, text });
    if (retried)
      return {
        shareId: retried.id,
        link: link.url,
        personalised: retried.personalised,
        ...shareIntent(input.network, text, link.url, subject),
      };
    const distance = distanceFromSuggestions(
      text,
      captions.map((c) => c.text),
      [link.url, disclosure ?? ''],
    );
    // An employee sharing their own story speaks in their own voice: the share is personal even with the caption.
    const personalised = distance >= PERSONALISED_THRESHOLD || (await isStoryAuthor(ctx, post.id, me.personId));
    const [profile] = await ctx.db
      .select({ audience: sharerProfiles.audience })
      .from(sharerProfiles)
      .where(ofOrg(ctx, sharerProfiles, eq(sharerProfiles.personId, me.personId)));
    const [share] = await ctx.db
      .insert(shares)
      .values({
        orgId: ctx.orgId,
        postId: post.id,
        personId: me.personId,
        network: input.network,
        text,
        captionId: input.captionId ?? null,
        linkId: link.id,
        distanceFromSuggestions: distance,
        personalised,
        audienceSize: profile?.audience[input.network] ?? null,
        department: who.department,
        site: who.site,
      })
      .returning({ id: shares.id });
    return {
      shareId: share.id,
      link: link.url,
      personalised,
      ...shareIntent(input.network, text, link.url, subject),
    };
  });
}
