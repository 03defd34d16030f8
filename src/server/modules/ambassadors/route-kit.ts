import type { z } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';

/** The parts every route of the module repeats: a JSON body and a JSON answer with the standard errors. */
export const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
export const answer = <T extends z.ZodType>(description: string, schema: T) => ({
  200: { description, content: { 'application/json': { schema } } },
  ...errorResponses,
  409: errorResponses[400],
  422: errorResponses[400],
});
export const tags = ['ambassadors'];
