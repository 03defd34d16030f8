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

export const PostInput = z.object({
  title: text(200, 1),
  /** Untrimmed: the body keeps its layout (leading spaces, trailing newline). */
  body: safeString().max(20000).default(''),
  /** Checked by the operation (http/https only) so the error carries its own code. */
  url: text(2048, 1),
  imageKey: safeString().max(100).nullable().optional(),
  previewTitle: optionalText(300),
  previewDescription: optionalText(1000),
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

export const Post = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    body: z.string(),
    url: z.string(),
    imageKey: z.string().nullable(),
    imageUrl: z.string().nullable(),
    previewTitle: z.string().nullable(),
    previewDescription: z.string().nullable(),
    previewImageUrl: z.string().nullable(),
    topics: z.array(z.string()),
    language: z.enum(postLanguages),
    status: z.enum(postStatuses),
    publishAt: isoDate.nullable(),
    expireAt: isoDate.nullable(),
    publishedAt: isoDate.nullable(),
    reviewComment: z.string().nullable(),
    createdBy: z.string().uuid().nullable(),
    createdByName: z.string().nullable(),
    approvedBy: z.string().uuid().nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
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
