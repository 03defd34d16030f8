import { z } from '@hono/zod-openapi';
import { isoDateTime, optionalText, safeString, text } from '../../platform/validation';
import { networks, postStatuses } from './schema';

/** Responses: instants as the server writes them (output schemas may keep plain strings). */
const isoDate = z.string().datetime({ offset: true });

export const captionNetworks = [...networks, 'any'] as const;
export const postLanguages = ['all', 'it', 'en'] as const;

export const CaptionInput = z.object({
  locale: z.enum(['it', 'en']),
  network: z.enum(captionNetworks),
  text: text(3000, 1),
});

export const Targeting = z.object({
  all: z.boolean(),
  departments: z.array(text(200, 1)).max(200).default([]),
  sites: z.array(text(200, 1)).max(200).default([]),
  personIds: z.array(z.string().uuid()).max(500).default([]),
});
export type TargetingT = z.infer<typeof Targeting>;

export const contentLanguages = ['it', 'en'] as const;
export type ContentLanguageT = (typeof contentLanguages)[number];

/** The post's words in one language. The version exists when it has a title. */
export const PostTextFields = z.object({
  title: optionalText(200),
  /** Untrimmed: the body keeps its layout (leading spaces, trailing newline). */
  body: safeString().max(20000).optional(),
  previewTitle: optionalText(300),
  previewDescription: optionalText(1000),
});
export type PostTextFieldsT = z.infer<typeof PostTextFields>;

/** Both language versions, always sent together (an absent one is cleared); at least one needs a title. */
export const PostTextsInput = z.object({ it: PostTextFields.optional(), en: PostTextFields.optional() });

export const PostInput = z.object({
  texts: PostTextsInput,
  /** Checked by the operation (http/https only) so the error carries its own code. */
  url: text(2048, 1),
  imageKey: safeString().max(100).nullable().optional(),
  previewImageUrl: optionalText(2048),
  topics: z.array(text(60, 1)).max(20).default([]),
  language: z.enum(postLanguages).default('all'),
  captions: z.array(CaptionInput).max(60).default([]),
  targeting: Targeting.default({ all: true, departments: [], sites: [], personIds: [] }),
  publishAt: isoDateTime().nullable().optional(),
  expireAt: isoDateTime().nullable().optional(),
});
export type PostInputT = z.infer<typeof PostInput>;
export const PostPatch = PostInput.partial();
export type PostPatchT = z.infer<typeof PostPatch>;

export const Caption = CaptionInput.extend({ id: z.string().uuid(), position: z.number().int() });

export const PostText = z
  .object({
    title: z.string(),
    body: z.string(),
    previewTitle: z.string().nullable(),
    previewDescription: z.string().nullable(),
  })
  .openapi('PostText');
export type PostTextT = z.infer<typeof PostText>;

export const Post = z
  .object({
    id: z.string().uuid(),
    /** The title in the reader's interface language, or the other one. */
    title: z.string(),
    texts: z.object({ it: PostText.nullable(), en: PostText.nullable() }),
    url: z.string(),
    imageKey: z.string().nullable(),
    imageUrl: z.string().nullable(),
    previewImageUrl: z.string().nullable(),
    topics: z.array(z.string()),
    language: z.enum(postLanguages),
    status: z.enum(postStatuses),
    publishAt: isoDate.nullable(),
    expireAt: isoDate.nullable(),
    publishedAt: isoDate.nullable(),
    reviewComment: z.string().nullable(),
    /** An archived post can be put back in its previous status until then (undo); null otherwise. */
    restorableUntil: isoDate.nullable(),
    /** utm_campaign of the post's tracked links; null until the first share fixes it. */
    campaign: z.string().nullable(),
    createdBy: z.string().uuid().nullable(),
    createdByName: z.string().nullable(),
    approvedBy: z.string().uuid().nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
    /** The languages the post is written in. */
    languages: z.array(z.enum(contentLanguages)),
    captions: z.array(Caption),
    targeting: Targeting,
    /** Names of the people in targeting.personIds, for the editor's picker. */
    targetPeople: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  })
  .openapi('Post');
export type PostT = z.infer<typeof Post>;

export const PostSummary = Post.pick({
  id: true,
  title: true,
  languages: true,
  url: true,
  status: true,
  language: true,
  publishAt: true,
  expireAt: true,
  publishedAt: true,
  createdByName: true,
  updatedAt: true,
  reviewComment: true,
}).openapi('PostSummary');
export type PostSummaryT = z.infer<typeof PostSummary>;

export const PostListQuery = z.object({
  status: z.enum(postStatuses).optional(),
  q: text(200).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});
export const PostList = z
  .object({
    items: z.array(PostSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: z.record(z.enum(postStatuses), z.number().int()),
  })
  .openapi('PostList');
export type PostListT = z.infer<typeof PostList>;

export const PostParams = z.object({ id: z.string().uuid() });
export const SendBackBody = z.object({ comment: text(2000, 1) });

export const PreviewBody = z.object({ url: text(2048, 1) });
export const LinkPreview = z
  .object({ title: z.string().nullable(), description: z.string().nullable(), imageUrl: z.string().nullable() })
  .openapi('LinkPreview');
export type LinkPreviewT = z.infer<typeof LinkPreview>;

export const ImageUpload = z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) });
export const ImageUploaded = z.object({ key: z.string(), url: z.string() }).openapi('ImageUploaded');
export const ImageParams = z.object({ key: safeString().regex(/^[0-9a-f-]{36}\.(png|jpg|webp)$/) });

export const AudienceQuery = z.object({ q: text(100, 1) });
export const AudiencePeople = z
  .object({ items: z.array(z.object({ id: z.string().uuid(), name: z.string(), department: z.string().nullable() })) })
  .openapi('AudiencePeople');

/** Going live with a post that reaches nobody needs saying so (else 409 content.no_audience). */
export const GoLiveBody = z.object({ confirmNoAudience: z.boolean().optional() });

export const AudienceCountBody = z.object({
  targeting: Targeting,
  language: z.enum(postLanguages).default('all'),
});
export const AudienceCount = z
  .object({
    /** Active people the targeting reaches now. */
    people: z.number().int(),
    /** Active people in the organisation. */
    total: z.number().int(),
  })
  .openapi('AudienceCount');
export type AudienceCountT = z.infer<typeof AudienceCount>;

const figure = { started: z.number().int(), confirmed: z.number().int(), clicks: z.number().int() };
const PostFigure = z.object({ key: z.string(), ...figure });

/** One post's statistics for its editors: shares started and confirmed (by the sharer's word), counted clicks. */
export const PostStats = z
  .object({
    post: z.object({
      id: z.string().uuid(),
      title: z.string(),
      status: z.enum(postStatuses),
      publishedAt: isoDate.nullable(),
      campaign: z.string().nullable(),
    }),
    totals: z.object(figure),
    byNetwork: z.array(PostFigure),
    /** The sharer's department when they shared ('' = not set). */
    byDepartment: z.array(PostFigure),
    series: z.array(z.object({ day: z.string(), ...figure })),
  })
  .openapi('PostStats');
export type PostStatsT = z.infer<typeof PostStats>;
