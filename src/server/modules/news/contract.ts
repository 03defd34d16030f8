import { z } from '@hono/zod-openapi';
import { isoDay, safeString, text } from '../../platform/validation';
import { newsKinds, reactionKinds } from './schema';

const isoDate = z.string().datetime({ offset: true });
const mediaKey = safeString().regex(/^[0-9a-f-]{36}\.(png|jpg|webp|webm|mp4|m4a|ogg|mp3)$/);

export const NewsTargetingInput = z.object({
  all: z.boolean(),
  departments: z.array(text(200, 1)).max(200).default([]),
  sites: z.array(text(200, 1)).max(200).default([]),
  jobFamilies: z.array(text(200, 1)).max(200).default([]),
});

export const NewsInput = z.object({
  kind: z.enum(newsKinds).default('news'),
  titleIt: text(200),
  titleEn: text(200),
  /** Markdown; the server builds and sanitises the HTML readers get. */
  bodyIt: text(20000),
  bodyEn: text(20000),
  imageKey: mediaKey.nullable().default(null),
  mediaKey: mediaKey.nullable().default(null),
  mustRead: z.boolean().default(false),
  dueOn: isoDay().nullable().default(null),
  targeting: NewsTargetingInput.default({ all: true, departments: [], sites: [], jobFamilies: [] }),
});
export type NewsInputT = z.infer<typeof NewsInput>;
export const NewsParams = z.object({ id: z.string().uuid() });
export const MediaParams = z.object({ key: mediaKey });
export const MediaUpload = z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) });
export const MediaUploaded = z
  .object({ key: z.string(), url: z.string(), kind: z.enum(['image', 'media']), contentType: z.string() })
  .openapi('NewsMediaUploaded');

const Targeting = z.object({
  all: z.boolean(),
  departments: z.array(z.string()),
  sites: z.array(z.string()),
  jobFamilies: z.array(z.string()),
});

export const NewsPost = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(newsKinds),
    titleIt: z.string(),
    titleEn: z.string(),
    bodyIt: z.string(),
    bodyEn: z.string(),
    imageKey: z.string().nullable(),
    mediaKey: z.string().nullable(),
    mustRead: z.boolean(),
    dueOn: z.string().nullable(),
    status: z.enum(['draft', 'published', 'archived']),
    targeting: Targeting,
    publishedAt: isoDate.nullable(),
    createdByName: z.string().nullable(),
  })
  .openapi('NewsPost');
export type NewsPostT = z.infer<typeof NewsPost>;
export const NewsList = z.object({ items: z.array(NewsPost) }).openapi('NewsList');

export const Comment = z.object({
  id: z.string().uuid(),
  authorName: z.string().nullable(),
  mine: z.boolean(),
  body: z.string().nullable(),
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  createdAt: isoDate,
});

/** A post as a reader gets it: in their language (falling back to the other), with their read state. */
export const NewsItem = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(newsKinds),
    title: z.string(),
    html: z.string(),
    imageUrl: z.string().nullable(),
    mediaUrl: z.string().nullable(),
    mediaType: z.enum(['video', 'audio']).nullable(),
    mustRead: z.boolean(),
    dueOn: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    authorName: z.string().nullable(),
    read: z.boolean(),
    acknowledged: z.boolean(),
    reactions: z.record(z.enum(reactionKinds), z.number().int()),
    myReactions: z.array(z.enum(reactionKinds)),
    comments: z.array(Comment),
  })
  .openapi('NewsItem');
export type NewsItemT = z.infer<typeof NewsItem>;
export const NewsFeed = z
  .object({ items: z.array(NewsItem.omit({ html: true, comments: true })), pendingMustReads: z.number().int() })
  .openapi('NewsFeed');

export const CommentBody = z.object({ body: text(2000, 1) });
export const CommentParams = z.object({ id: z.string().uuid(), commentId: z.string().uuid() });
export const HideBody = z.object({ reason: text(500, 3) });
export const ReactionBody = z.object({ kind: z.enum(reactionKinds), on: z.boolean() });

const Rate = z.object({
  value: z.string().nullable(),
  reach: z.number().int(),
  read: z.number().int(),
  acknowledged: z.number().int(),
});
export const NewsStats = z
  .object({
    reach: z.number().int(),
    read: z.number().int(),
    acknowledged: z.number().int(),
    byDepartment: z.array(Rate),
    bySite: z.array(Rate),
  })
  .openapi('NewsStats');
export type NewsStatsT = z.infer<typeof NewsStats>;
