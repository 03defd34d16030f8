import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AppError } from '../errors';
import { type Locale, t } from '../i18n';
import type { AppEnv } from './types';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      requestId: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** "people.duplicate_email" → people.json errors.duplicate_email; "not_found" → errors.json not_found. */
export function errorMessage(locale: Locale, code: string, params: Record<string, unknown> = {}) {
  const dot = code.indexOf('.');
  return dot > 0 ? t(locale, `${code.slice(0, dot)}:errors.${code.slice(dot + 1)}`, params) : t(locale, `errors:${code}`, params);
}

export function errorBody(c: Context<AppEnv>, code: string, params: Record<string, unknown> = {}, details?: unknown) {
  const locale: Locale = c.get('locale') ?? 'it';
  return { error: { code, message: errorMessage(locale, code, params), requestId: c.get('requestId') ?? '', details } };
}

/**
 * One entry per problem, named by its field path. Besides zod's (English) message it carries what a form needs to
 * say it in the reader's language: the kind of value (`origin`), the limit broken (`minimum`/`maximum`) and the
 * expected `format` (the web app's field-errors helper turns these into localised messages next to each field).
 */
export function validationDetails(err: ZodError) {
  return err.issues.map((i) => {
    const extra = i as { origin?: unknown; minimum?: unknown; maximum?: unknown; format?: unknown };
    const limit = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);
    return {
      path: i.path.join('.'),
      code: i.code,
      message: i.message,
      ...(typeof extra.origin === 'string' ? { origin: extra.origin } : {}),
      ...(limit(extra.minimum) !== undefined ? { minimum: limit(extra.minimum) } : {}),
      ...(limit(extra.maximum) !== undefined ? { maximum: limit(extra.maximum) } : {}),
      ...(typeof extra.format === 'string' ? { format: extra.format } : {}),
    };
  });
}

export function validationError(c: Context<AppEnv>, err: ZodError) {
  return c.json(errorBody(c, 'validation_failed', {}, validationDetails(err)), 400);
}

/** One error shape for everything: AppError → its code; anything unknown → 500 "internal", logged. */
export function onError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) {
    return c.json(errorBody(c, err.code, err.params, err.details), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code =
      (
        { 400: 'malformed_json', 401: 'unauthenticated', 413: 'payload_too_large', 415: 'unsupported_media_type' } as Record<
          number,
          string
        >
      )[status] ?? 'internal';
    return c.json(errorBody(c, code), status);
  }
  if (err instanceof SyntaxError) return c.json(errorBody(c, 'malformed_json'), 400);
  c.get('log')?.error({ err }, 'unhandled error');
  return c.json(errorBody(c, 'internal'), 500);
}

/** Standard error responses declared on every route of the OpenAPI document. */
export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
} as const;
