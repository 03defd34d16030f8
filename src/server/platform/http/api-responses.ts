import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/** Below this, compressing saves less than it costs (the headers alone weigh a few hundred bytes). */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * API answers are personal (a person's feed, the people directory): no browser or proxy keeps a copy unless the
 * route says otherwise (post images say `private, max-age=…`).
 */
const privateByDefault: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
};

/**
 * hono's `compress` skips small bodies only when it knows their length, and a JSON answer carries none: the JSON
 * (already a string in memory) is measured here, so a `{"ok":true}` is sent as it is. Streams (CSV exports) are
 * left alone and compressed as they flow.
 */
const measureJson: MiddlewareHandler = async (c, next) => {
  await next();
  const type = c.res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json') || c.res.headers.has('content-length') || !c.res.body) return;
  const body = await c.res.arrayBuffer();
  c.res = new Response(body, c.res);
  c.res.headers.set('content-length', String(body.byteLength));
};

/** For every /api route: no caching of personal answers, gzip for answers above 1 KB the browser accepts gzipped. */
export const apiResponses: MiddlewareHandler[] = [privateByDefault, compress({ threshold: COMPRESS_FROM_BYTES }), measureJson];
