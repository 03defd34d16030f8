import { z } from '@hono/zod-openapi';
import { text } from '../../platform/validation';
import { actionStatuses } from './schema';

export const ActionBody = z.object({
  surveyId: z.string().uuid().nullable().default(null),
  youSaid: text(500, 3),
  weDo: text(1000, 3),
  ownerId: z.string().uuid().nullable().default(null),
});
export type ActionBodyT = z.infer<typeof ActionBody>;
export const ActionParams = z.object({ id: z.string().uuid() });
export const ActionPatch = z.object({
  status: z.enum(actionStatuses),
  /** The status the editor saw: changed meanwhile → 409. */
  expected: z.enum(actionStatuses),
});

export const BoardItem = z.object({
  id: z.string().uuid(),
  source: z.enum(['survey', 'suggestion']),
  youSaid: z.string(),
  weDo: z.string(),
  ownerName: z.string().nullable(),
  status: z.enum(actionStatuses),
  doneOn: z.string().nullable(),
  votes: z.number().int().nullable(),
});
export type BoardItemT = z.infer<typeof BoardItem>;
export const Board = z.object({ items: z.array(BoardItem) }).openapi('ActionBoard');
export const ActionCreated = BoardItem.openapi('FeedbackAction');
