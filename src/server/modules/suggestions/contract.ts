import { z } from '@hono/zod-openapi';
import { safeString, text } from '../../platform/validation';
import { suggestionCategories, suggestionStatuses } from './schema';

/** 32 random bytes from the browser, base64url: what an anonymous author keeps (and the recovery code shows). */
export const ThreadSecret = safeString().regex(/^[A-Za-z0-9_-]{43}$/, 'secret');

export const SuggestionBody = z.object({
  category: z.enum(suggestionCategories),
  title: text(140, 3),
  body: text(4000, 3),
  anonymous: z.boolean(),
  /** Required when anonymous; never sent for a named suggestion. */
  secret: ThreadSecret.optional(),
});
export type SuggestionBodyT = z.infer<typeof SuggestionBody>;

export const SuggestionParams = z.object({ id: z.string().uuid() });
export const SuggestionListQuery = z.object({
  status: z.enum(suggestionStatuses).optional(),
  sort: z.enum(['votes', 'recent']).default('recent'),
});

export const MessageBody = z.object({ clientId: z.string().uuid(), body: text(4000, 1) });
export const ThreadOpenBody = z.object({ secret: ThreadSecret });
export const ThreadReplyBody = z.object({ secret: ThreadSecret, clientId: z.string().uuid(), body: text(4000, 1) });
export const ThreadStatusBody = z.object({ secrets: z.array(ThreadSecret).max(50) });

export const StatusBody = z.object({
  status: z.enum(suggestionStatuses),
  /** The status the reviewer saw: a change made meanwhile by a colleague answers 409 instead of being overwritten. */
  expected: z.enum(suggestionStatuses),
  reason: text(2000).optional(),
  outcome: text(2000).optional(),
});
export type StatusBodyT = z.infer<typeof StatusBody>;

export const Suggestion = z
  .object({
    id: z.string().uuid(),
    category: z.enum(suggestionCategories),
    title: z.string(),
    body: z.string(),
    anonymous: z.boolean(),
    /** Only for named suggestions. */
    authorName: z.string().nullable(),
    status: z.enum(suggestionStatuses),
    reason: z.string().nullable(),
    outcome: z.string().nullable(),
    votes: z.number().int(),
    myVote: z.boolean(),
    createdOn: z.string(),
    firstReplyOn: z.string().nullable(),
  })
  .openapi('Suggestion');
export type SuggestionT = z.infer<typeof Suggestion>;
export const SuggestionList = z
  .object({ items: z.array(Suggestion), counts: z.record(z.string(), z.number().int()) })
  .openapi('SuggestionList');

export const Message = z.object({ seq: z.number().int(), side: z.enum(['author', 'staff']), body: z.string(), on: z.string() });
export const Thread = z
  .object({ suggestion: Suggestion.omit({ myVote: true }), messages: z.array(Message), noticeAt: z.string().nullable() })
  .openapi('SuggestionThread');
export type ThreadT = z.infer<typeof Thread>;
export const ThreadStatuses = z
  .object({
    items: z.array(z.object({ id: z.string().uuid(), status: z.enum(suggestionStatuses), noticeAt: z.string().nullable() })),
  })
  .openapi('SuggestionThreadStatuses');
export const Created = z.object({ id: z.string().uuid() }).openapi('SuggestionCreated');
export const Voted = z.object({ votes: z.number().int(), myVote: z.boolean() }).openapi('SuggestionVoted');
