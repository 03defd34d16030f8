import { z } from '@hono/zod-openapi';
import { isoDayBetween, REPORT_MAX_DAY, REPORT_MIN_DAY, safeString, text } from '../../platform/validation';
import { moderationActions, storyStatuses, submitterRules } from './schema';

const isoDate = z.string().datetime({ offset: true });
export const MAX_PHOTOS = 10;
const photoKey = safeString().regex(/^[0-9a-f-]{36}\.jpg$/);

export const StoryParams = z.object({ id: z.string().uuid() });
export const PhotoParams = z.object({ key: photoKey });
export const PhotoUpload = z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) });
export const PhotoUploaded = z
  .object({ key: z.string(), url: z.string(), width: z.number().int(), height: z.number().int() })
  .openapi('StoryPhotoUploaded');

/** A story as submitted (and resubmitted after changes were asked). The link is checked by the operation (http/https). */
export const StoryInput = z.object({
  body: text(5000, 1),
  locale: z.enum(['it', 'en']),
  link: text(2048).nullable().default(null),
  photoKeys: z.array(photoKey).max(MAX_PHOTOS).default([]),
  tagIds: z.array(z.string().uuid()).max(30).default([]),
  eventId: z.string().uuid().nullable().default(null),
  /** "Everyone recognisable in these photos agreed": must be ticked. */
  consent: z.literal(true),
});
export type StoryInputT = z.infer<typeof StoryInput>;

export const StoryCaptionInput = z.object({ locale: z.enum(['it', 'en']), text: text(3000, 1) });
export const ApproveBody = z.object({
  captions: z.array(StoryCaptionInput).max(10).default([]),
  targeting: z
    .object({
      all: z.boolean(),
      departments: z.array(text(200, 1)).max(200).default([]),
      sites: z.array(text(200, 1)).max(200).default([]),
    })
    .default({ all: true, departments: [], sites: [] }),
});
export type ApproveBodyT = z.infer<typeof ApproveBody>;
export const NoteBody = z.object({ note: text(2000, 1) });
export const SettingsBody = z.object({ submitters: z.enum(submitterRules) });
export const ColleagueQuery = z.object({ q: text(100, 1) });
export const MeasuresQuery = z.object({
  from: isoDayBetween(REPORT_MIN_DAY, REPORT_MAX_DAY),
  to: isoDayBetween(REPORT_MIN_DAY, REPORT_MAX_DAY),
});

const Person = z.object({ id: z.string().uuid(), name: z.string() });
const Photo = z.object({ key: z.string(), url: z.string(), width: z.number().int(), height: z.number().int() });
const Step = z.object({ action: z.enum(moderationActions), note: z.string().nullable(), by: z.string().nullable(), at: isoDate });

export const Story = z
  .object({
    id: z.string().uuid(),
    author: Person,
    locale: z.enum(['it', 'en']),
    body: z.string(),
    link: z.string().nullable(),
    eventId: z.string().uuid().nullable(),
    status: z.enum(storyStatuses),
    moderatorNote: z.string().nullable(),
    photos: z.array(Photo),
    tags: z.array(Person.extend({ declined: z.boolean() })),
    postId: z.string().uuid().nullable(),
    submittedAt: isoDate,
    decidedAt: isoDate.nullable(),
    history: z.array(Step),
    /** Shares of the resulting post and the clicks on their links (approved stories). */
    reach: z.object({ shares: z.number().int(), clicks: z.number().int() }),
  })
  .openapi('Story');
export type StoryT = z.infer<typeof Story>;
export const StoryList = z.object({ items: z.array(Story) }).openapi('StoryList');
export const MyStories = z.object({ maySubmit: z.boolean(), items: z.array(Story) }).openapi('MyStories');
export const TaggedStories = z
  .object({
    items: z.array(
      z.object({
        id: z.string().uuid(),
        author: z.string(),
        body: z.string(),
        status: z.enum(storyStatuses),
        declined: z.boolean(),
      }),
    ),
  })
  .openapi('TaggedStories');
export const Settings = z.object({ submitters: z.enum(submitterRules) }).openapi('StorySettings');
export const Colleagues = z.object({ items: z.array(Person) }).openapi('StoryColleagues');
export const Ok = z.object({ ok: z.boolean() });
export const ApproveResult = z.object({ id: z.string().uuid(), postId: z.string().uuid() }).openapi('StoryApproved');
export const Created = z.object({ id: z.string().uuid() });

const Figures = z.object({
  posts: z.number().int(),
  shares: z.number().int(),
  clicks: z.number().int(),
  clicksPerShare: z.number(),
});
export const StoryMeasures = z
  .object({
    from: z.string(),
    to: z.string(),
    submitted: z.number().int(),
    approved: z.number().int(),
    declined: z.number().int(),
    /** Median hours from (re)submission to the moderator's decision; null with no decision in the period. */
    medianHoursToModeration: z.number().nullable(),
    stories: Figures,
    corporate: Figures,
  })
  .openapi('StoryMeasures');
export type StoryMeasuresT = z.infer<typeof StoryMeasures>;
