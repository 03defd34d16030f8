import { z } from '@hono/zod-openapi';
import { MAX_UPLOAD_BYTES } from '../../platform/uploads';
import { isoDateTime, safeString, text } from '../../platform/validation';
import { rubric } from './contract';
import { answerModes } from './interview-schema';

const isoDate = z.string().datetime({ offset: true });
const mediaType = safeString().regex(/^(audio|video)\/[a-z0-9.+-]{1,40}(;[ a-z0-9=.,"-]{0,120})?$/i);

export const QuestionFields = z.object({
  textIt: text(1000, 1),
  textEn: text(1000, 1),
  thinkSeconds: z.number().int().min(0).max(600).default(30),
  answerSeconds: z.number().int().min(15).max(600).default(120),
  takes: z.number().int().min(1).max(5).default(2),
  /** Recorded modes allowed; a text answer is always possible as well (accessibility). */
  modes: z
    .array(z.enum(answerModes))
    .min(1)
    .max(3)
    .transform((m) => [...new Set(m)])
    .default(['video', 'audio', 'text']),
});
export type QuestionFieldsT = z.infer<typeof QuestionFields>;
export const QuestionPatch = QuestionFields.partial();
export const QuestionParams = z.object({ id: z.string().uuid() });
export const QuestionOrderBody = z.object({ ids: z.array(z.string().uuid()).min(1).max(50) });

export const Question = z
  .object({
    id: z.string().uuid(),
    position: z.number(),
    textIt: z.string(),
    textEn: z.string(),
    hasPrompt: z.boolean(),
    promptType: z.string().nullable(),
    thinkSeconds: z.number(),
    answerSeconds: z.number(),
    takes: z.number(),
    modes: z.array(z.enum(answerModes)),
  })
  .openapi('RecruitingQuestion');
export type QuestionT = z.infer<typeof Question>;
export const QuestionList = z.object({ questions: z.array(Question) }).openapi('RecruitingQuestions');

export const UploadStartBody = z.object({
  size: z
    .number()
    .int()
    .min(0)
    .max(MAX_UPLOAD_BYTES * 2),
  contentType: mediaType,
});
export const CandidateUploadStartBody = UploadStartBody.extend({ questionId: z.string().uuid() });
export const UploadParams = z.object({ id: z.string().uuid() });
export const PromptUploadParams = z.object({ id: z.string().uuid(), uploadId: z.string().uuid() });
// Required in the document too (coerce alone reads as optional there): a client must say where its chunk starts.
export const ChunkQuery = z.object({
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .openapi({ param: { required: true } }),
});
export const UploadState = z.object({ id: z.string().uuid(), offset: z.number(), size: z.number() }).openapi('UploadState');
export const AttachBody = z.object({ uploadId: z.string().uuid() });

export const SendInterviewBody = z.object({ deadline: isoDateTime() });

const TakeInfo = z.object({ id: z.string().uuid(), number: z.number(), contentType: z.string(), size: z.number() });
export const HrAnswer = z.object({
  questionId: z.string().uuid(),
  textIt: z.string(),
  textEn: z.string(),
  text: z.string().nullable(),
  take: TakeInfo.nullable(),
});
export const HrInterview = z
  .object({
    interview: z
      .object({
        id: z.string().uuid(),
        deadline: isoDate,
        sentAt: isoDate,
        submittedAt: isoDate.nullable(),
        answers: z.array(HrAnswer),
      })
      .nullable(),
  })
  .openapi('RecruitingInterview');
export type HrInterviewT = z.infer<typeof HrInterview>;

export const ShortlistQuery = z.object({ onlyShortlisted: z.enum(['true', 'false']).optional() });
export const ShortlistRow = z.object({
  id: z.string().uuid(),
  name: z.string(),
  stage: z.string(),
  shortlisted: z.boolean(),
  interviewSubmitted: z.boolean(),
  reviewers: z.number(),
  myReviewDone: z.boolean(),
  /** Mean per rubric item and overall; null until the viewer submitted their own review (no anchoring). */
  means: z.record(z.enum(rubric), z.number()).nullable(),
  overall: z.number().nullable(),
});
export const Shortlist = z.object({ rows: z.array(ShortlistRow) }).openapi('RecruitingShortlist');
export type ShortlistT = z.infer<typeof Shortlist>;

/** What the candidate's page receives. */
export type CandidateInterviewT = {
  jobTitle: string;
  deadline: string;
  submittedAt: string | null;
  closed: boolean;
  questions: {
    id: string;
    text: string;
    hasPrompt: boolean;
    promptType: string | null;
    thinkSeconds: number;
    answerSeconds: number;
    takes: number;
    modes: (typeof answerModes)[number][];
    myTakes: { id: string; number: number; contentType: string; size: number }[];
    chosenTakeId: string | null;
    textAnswer: string | null;
  }[];
};
export const CandidateAnswerBody = z.union([z.object({ takeId: z.string().uuid() }), z.object({ text: text(5000, 1) })]);
