import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors';
import type { AppEnv } from './types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent on behalf of another site (cross-site request forgery).
 * The session cookie is SameSite=Lax, which still lets any sibling subdomain (same site) post with it, and older
 * browsers let a form post from anywhere: so every write must come from Voce's own pages.
 *
 * Browsers always send `Origin` on such requests and modern ones `Sec-Fetch-Site`; the request is refused when
 * `Sec-Fetch-Site` says another site or a sibling subdomain, or when `Origin` is neither the configured public
 * address nor the address the request itself was made to. Clients that send neither header are not browsers
 * (scripts, server-to-server callers, tests) and carry no ambient cookie from a victim: they pass.
 */
export function sameOrigin(publicUrl: string): MiddlewareHandler<AppEnv> {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && !fromOurPages(c.req.raw.headers, publicOrigin, new URL(c.req.url).origin)) {
      c.get('log')?.warn({ method: c.req.method, path: c.req.path }, 'cross-site request refused');
      return c.json(errorBody(c, 'csrf_rejected'), 403);
    }
    await next();
  };
}

export function fromOurPages(headers: Headers, publicOrigin: string, requestOrigin: string): boolean {
  const site = headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = headers.get('origin');
  // "null" (sandboxed frames, some redirects) is an origin too, and never ours.
  if (origin !== null && origin !== publicOrigin && origin !== requestOrigin) return false;
  return true;
}
