import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type Policy = Record<string, string[]>;

/** What every page gets, the app and the API documentation alike. */
const base: Policy = {
  defaultSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // Nobody frames Voce (clickjacking): not even Voce itself.
  frameAncestors: ["'none'"],
  // Post previews show the Open Graph image of the linked page, which lives on its own site (https only).
  imgSrc: ["'self'", 'data:', 'https:'],
  connectSrc: ["'self'"],
};

/**
 * The single-page app and the API. Vite's build has no inline script (one module script from /assets). Styles
 * need 'unsafe-inline': Mantine writes its theme variables into <style> elements at run time and every style prop
 * becomes a style="" attribute, which no nonce or hash can cover; inline styles cannot run code.
 */
export const appPolicy: Policy = {
  ...base,
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  // A message recorded in the browser is played back from its blob: URL before it is uploaded (retake or keep).
  // Only media: a blob: cannot be a script, style or frame here.
  mediaSrc: ["'self'", 'blob:'],
};

/**
 * The API reference at /api/docs (Scalar): its viewer served by Voce itself (no CDN, see api-docs.ts), its one inline
 * start-up script by hash (computed from the page itself), and styles it injects at run time.
 */
export function docsPolicy(inlineScriptHashes: string[]): string {
  return serialise({
    ...base,
    scriptSrc: ["'self'", ...inlineScriptHashes],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
  });
}

function serialise(policy: Policy): string {
  return Object.entries(policy)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

const common = { crossOriginEmbedderPolicy: false, xFrameOptions: 'DENY' } as const;
const appHeaders = secureHeaders({ ...common, contentSecurityPolicy: appPolicy });
// The docs handler sets its own policy; every other security header is the same.
const docsHeaders = secureHeaders({ ...common, contentSecurityPolicy: undefined });

/** Security headers on every response, with the app's Content-Security-Policy except on the API reference page. */
export function securityHeaders(docsPath: string): MiddlewareHandler {
  return (c, next) => (c.req.path === docsPath ? docsHeaders(c, next) : appHeaders(c, next));
}
