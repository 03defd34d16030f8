import { z } from '@hono/zod-openapi';
import { isoDateTime, safeString } from '../../platform/validation';
import { shareNetworks } from './networks';
import { shareStatuses } from './schema';

const network = z.enum(shareNetworks);
/** Responses: instants as the server writes them. */
const isoDate = z.string();

const instant = isoDateTime();
/** "s", or "u:"/"s:" and an instant of years 1–9999 (JavaScript dates reach year ±275760, PostgreSQL's do not). */
const isFeedCursor = (s: string) => s === 's' || (/^[us]:/.test(s) && instant.safeParse(s.slice(2)).success);

export const FeedQuery = z.object({
  /** Opaque cursor from the previous page's `nextCursor`. */
  before: safeString().max(100).refine(isFeedCursor, { message: 'invalid_cursor' }).optional(),
});

export const Preview = z.object({
  title: z.string().nullable(),
  description: z.string().nullable(),
  imageUrl: z.string().nullable(),
});

export const FeedItem = z.object({
  id: z.string().uuid(),
  /** The language of the title and body shown: the reader's, or the other when the post has no such version. */
  locale: z.enum(['it', 'en']),
  title: z.string(),
  body: z.string(),
  urlHost: z.string(),
  preview: Preview,
  topics: z.array(z.string()),
  publishedAt: isoDate.nullable(),
  expireAt: isoDate.nullable(),
  /** Networks I already shared this post to. */
  myShares: z.array(network),
});
export type FeedItemT = z.infer<typeof FeedItem>;

export const FeedPage = z.object({ items: z.array(FeedItem), nextCursor: z.string().nullable() }).openapi('FeedPage');
export type FeedPageT = z.infer<typeof FeedPage>;

export const PostParams = z.object({ postId: z.string().uuid() });

export const Caption = z.object({ id: z.string().uuid(), locale: z.enum(['it', 'en']), network: z.string(), text: z.string() });

export const FeedPost = z
  .object({
    post: FeedItem.extend({ url: z.string() }),
    captions: z.array(Caption),
    disclosure: z.string().nullable(),
    blockedWords: z.array(z.string()),
    limits: z.record(z.string(), z.number()),
    /** Length of a tracked link, for the live count before the link exists. */
    linkLength: z.number().int(),
  })
  .openapi('FeedPost');
export type FeedPostT = z.infer<typeof FeedPost>;

export const ShareBody = z.object({
  postId: z.string().uuid(),
  network,
  /** The final text, disclosure included, without the link (the link is added per network). */
  text: safeString().max(70000),
  captionId: z.string().uuid().optional(),
});
export type ShareBodyT = z.infer<typeof ShareBody>;

export const ShareResult = z
  .object({
    shareId: z.string().uuid(),
    link: z.string(),
    intentUrl: z.string().nullable(),
    clipboardText: z.string().nullable(),
    copyOnly: z.boolean(),
    personalised: z.boolean(),
  })
  .openapi('ShareResult');
export type ShareResultT = z.infer<typeof ShareResult>;

const count = z.number().int().nonnegative();
const shareStatus = z.enum(shareStatuses);

/** "Did you post it?": yes, not yet (ask me again later), I changed my mind. */
export const shareAnswers = ['posted', 'not_yet', 'changed_mind'] as const;
export type ShareAnswerT = (typeof shareAnswers)[number];
export const ShareParams = z.object({ shareId: z.string().uuid() });
export const ShareAnswerBody = z.object({ answer: z.enum(shareAnswers) });
export const ShareState = z.object({ shareId: z.string().uuid(), status: shareStatus }).openapi('ShareState');
export type ShareStateT = z.infer<typeof ShareState>;

/** My recent shares I have not said I posted (or not), to ask again when I come back. */
export const PendingShares = z
  .object({
    items: z.array(
      z.object({
        id: z.string().uuid(),
        postId: z.string().uuid(),
        postTitle: z.string(),
        network,
        createdAt: isoDate,
        status: shareStatus,
      }),
    ),
  })
  .openapi('PendingShares');
export type PendingSharesT = z.infer<typeof PendingShares>;

export const Impact = z
  .object({
    totals: z.object({
      /** Every share whose network window opened (or text was copied): what the other figures are based on. */
      started: count,
      /** Shares I said I posted. */
      confirmed: count,
      clicks: count,
      reach: z.number().nonnegative(),
      personalisationRate: z.number().nullable(),
    }),
    shares: z.array(
      z.object({
        id: z.string().uuid(),
        postId: z.string().uuid(),
        postTitle: z.string(),
        network,
        createdAt: isoDate,
        text: z.string(),
        /** Clicks on this share's tracked link (a re-share of the same post and network reuses the link: counted once, on the latest). */
        clicks: count,
        personalised: z.boolean(),
        audienceSize: z.number().nullable(),
        status: shareStatus,
      }),
    ),
  })
  .openapi('Impact');
export type ImpactT = z.infer<typeof Impact>;

const audienceSize = z.number().int().min(0).max(100_000_000);
const contentLanguages = z
  .array(z.enum(['it', 'en']))
  .min(1)
  .max(2);
export const SharingProfile = z
  .object({
    /** The languages I read posts in: which posts reach me and in which language I see them. */
    contentLanguages,
    rankingOptOut: z.boolean(),
    audience: z.object({
      linkedin: audienceSize.optional(),
      x: audienceSize.optional(),
      facebook: audienceSize.optional(),
      whatsapp: audienceSize.optional(),
      telegram: audienceSize.optional(),
      email: audienceSize.optional(),
    }),
  })
  .openapi('SharingProfile');
export type SharingProfileT = z.infer<typeof SharingProfile>;
/** The same shape as a request body (the name tells the contract scan it is input); languages left out stay as they are. */
export const SharingProfileBody = SharingProfile.extend({ contentLanguages: contentLanguages.optional() });
export type SharingProfileBodyT = z.infer<typeof SharingProfileBody>;
