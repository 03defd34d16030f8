import type { MiddlewareHandler } from 'hono';
import { isStorableText } from '../validation';
import { errorBody } from './errors';
import type { AppEnv } from './types';

/**
 * The contracts' primitives refuse NUL and lone surrogates field by field; this refuses them once more for the whole
 * request, before any handler, so that an input no schema describes (an inline route schema, a z.unknown() value, a
 * raw c.req read, a future route outside OpenAPI) cannot carry them to PostgreSQL either.
 */
export const refuseUnstorableText: MiddlewareHandler<AppEnv> = async (c, next) => {
  const path = (await unstorableInJson(c.req)) ?? unstorableInUrl(c.req.url);
  if (path === null) return next();
  return c.json(errorBody(c, 'invalid_text', {}, [{ path, code: 'invalid_text', message: 'invalid_text' }]), 400);
};

/**
 * The query parameter holding NUL (a URL cannot carry a lone surrogate: it has no UTF-8 form, and undecodable bytes
 * become U+FFFD). Path parameters are left to the route's params schema: every one is declared, and names the field.
 */
function unstorableInUrl(raw: string): string | null {
  for (const [key, value] of new URL(raw).searchParams) if (!isStorableText(key) || !isStorableText(value)) return key;
  return null;
}

// A JSON text carries NUL and surrogates only as \u escapes (raw control characters are not JSON, and the body was
// decoded from UTF-8): bodies without such an escape, nearly all of them, are not parsed here.
const SUSPECT_ESCAPE = /\\u(0000|d[89a-f])/i;

/** The path (as validation errors name it: `captions.0.text`) of the first unstorable string or key of a JSON body. */
async function unstorableInJson(req: { header(name: string): string | undefined; text(): Promise<string> }) {
  if (!/\bjson\b/i.test(req.header('content-type') ?? '')) return null;
  const text = await req.text().catch(() => '');
  if (!SUSPECT_ESCAPE.test(text)) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null; // Not JSON: the route's validator answers malformed_json.
  }
  return firstUnstorable(body, []);
}

function firstUnstorable(value: unknown, at: (string | number)[]): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : at.join('.');
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = firstUnstorable(v, [...at, i]);
      if (found !== null) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isStorableText(k)) return [...at, k].join('.');
      const found = firstUnstorable(v, [...at, k]);
      if (found !== null) return found;
    }
  }
  return null;
}
