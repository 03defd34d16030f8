import { errorResponses } from '../../platform/http/errors';

/** The shapes every events route repeats. */
export const json = <T>(description: string, schema: T) => ({
  200: { description, content: { 'application/json': { schema } } },
  409: { description: 'Conflict with the current state' },
  422: { description: 'Refused' },
  ...errorResponses,
});
export const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const tags = ['events'];
