import crypto from 'node:crypto';
import { Scalar } from '@scalar/hono-api-reference';
import type { MiddlewareHandler } from 'hono';
import { docsPolicy } from './content-security';

/**
 * The API reference page (Scalar) with a Content-Security-Policy of its own: Scalar's page starts itself with an
 * inline script, allowed by its hash, taken from the page as rendered so a Scalar upgrade cannot silently break it.
 * No third-party fonts (they would tell a font host who reads the docs).
 */
export function apiDocs(specUrl: string): MiddlewareHandler {
  const scalar = Scalar({ url: specUrl, pageTitle: 'Voce API', withDefaultFonts: false });
  let page: { html: string; policy: string } | undefined;
  return async (c, next) => {
    if (!page) {
      const res = await scalar(c, next);
      const html = res ? await res.text() : '';
      const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`,
      );
      page = { html, policy: docsPolicy(hashes) };
    }
    c.header('Content-Security-Policy', page.policy);
    return c.html(page.html);
  };
}
