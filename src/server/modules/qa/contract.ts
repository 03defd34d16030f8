import { z } from '@hono/zod-openapi';
import { safeString, text } from '../../platform/validation';

export const SessionBody = z.object({
  title: text(200, 3),
  description: text(2000).default(''),
  leaderIds: z.array(z.string().uuid()).min(1).max(20),
});
export const LeaderQuery = z.object({ q: text(100, 1) });
export const LeaderPeople = z
  .object({ items: z.array(z.object({ id: z.string().uuid(), name: z.string(), department: z.string().nullable() })) })
  .openapi('QaLeaderPeople');
export const SessionParams = z.object({ id: z.string().uuid() });
export const QuestionParams = z.object({ id: z.string().uuid(), questionId: z.string().uuid() });
export const AskBody = z.object({ body: text(1000, 5), anonymous: z.boolean() });
export const ModerateBody = z.object({ decision: z.enum(['approved', 'rejected']) });
export const AnswerBody = z.object({
  body: text(5000).default(''),
  mediaKey: safeString()
    .regex(/^[0-9a-f-]{36}\.(webm|mp4|m4a|ogg|mp3)$/)
    .nullable()
    .default(null),
});
export const AnswerMediaUpload = z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) });
export const AnswerMedia = z
  .object({ key: z.string(), url: z.string(), kind: z.enum(['image', 'media']), contentType: z.string() })
  .openapi('QaAnswerMedia');

export const QaQuestion = z.object({
  id: z.string().uuid(),
  body: z.string(),
  anonymous: z.boolean(),
  askerName: z.string().nullable(),
  mine: z.boolean(),
  status: z.enum(['pending', 'approved', 'rejected', 'answered']),
  votes: z.number().int(),
  myVote: z.boolean(),
  askedOn: z.string(),
  answer: z.object({ leaderName: z.string().nullable(), body: z.string(), mediaUrl: z.string().nullable() }).nullable(),
});
export const QaSession = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    description: z.string(),
    status: z.enum(['open', 'closed']),
    leaders: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
    canModerate: z.boolean(),
    canAnswer: z.boolean(),
    questions: z.array(QaQuestion),
  })
  .openapi('QaSession');
export type QaSessionT = z.infer<typeof QaSession>;
export const QaSessionList = z
  .object({
    items: z.array(
      z.object({ id: z.string().uuid(), title: z.string(), status: z.enum(['open', 'closed']), questions: z.number().int() }),
    ),
  })
  .openapi('QaSessionList');
