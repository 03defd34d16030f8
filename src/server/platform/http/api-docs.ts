import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Scalar } from '@scalar/hono-api-reference';
import type { Context, Hono } from 'hono';
import { docsPolicy } from './content-security';
import { IMMUTABLE, sendVariants, type Variants } from './static-assets';
import type { AppEnv } from './types';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Scalar's viewer as one self-contained script, from the installed package: the page works without internet. */
const VIEWER = createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');

type Viewer = { name: string; file: Variants };

/**
 * Read once, on the first visit to the docs: 3.5 MB of JavaScript, compressed off the main thread (brotli at a
 * middle level: the highest takes 25 s for this file, level 5 about one second for 10% more bytes). Its name carries
 * its hash, so browsers keep it for a year and a Scalar upgrade changes the name.
 */
async function loadViewer(): Promise<Viewer> {
  const plain = new Uint8Array(await fs.readFile(VIEWER));
  const [br, gz] = await Promise.all([
    brotli(plain, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
    }),
    gzip(plain, { level: 6 }),
  ]);
  const hash = crypto.createHash('sha256').update(plain).digest('base64url').slice(0, 12);
  return {
    name: `scalar-${hash}.js`,
    file: { type: 'text/javascript; charset=utf-8', plain, br: new Uint8Array(br), gzip: new Uint8Array(gz) },
  };
}

/**
 * The API reference page (Scalar) at `path`, its viewer script beside it, and a Content-Security-Policy of its own:
 * Scalar's page starts itself with an inline script, allowed by its hash, taken from the page as rendered so a
 * Scalar upgrade cannot silently break it. No third-party fonts (they would tell a font host who reads the docs).
 */
export function mountApiDocs(app: Hono<AppEnv>, { path, specUrl }: { path: string; specUrl: string }): void {
  let viewer: Promise<Viewer> | undefined;
  const getViewer = () => {
    viewer ??= loadViewer().catch((err) => {
      viewer = undefined; // a failed read is tried again at the next visit
      throw err;
    });
    return viewer;
  };
  let page: Promise<{ html: string; policy: string }> | undefined;
  const render = async (c: Context<AppEnv>) => {
    const { name } = await getViewer();
    // No agent (its search asks Scalar's servers), no telemetry: the page talks to Voce only.
    const config = { url: specUrl, pageTitle: 'Voce API', withDefaultFonts: false, agent: { disabled: true }, telemetry: false };
    const res = await Scalar<AppEnv>({ ...config, cdn: `${path}/${name}` })(c, async () => {});
    const html = res ? await res.text() : '';
    const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`,
    );
    return { html, policy: docsPolicy(hashes) };
  };

  app.get(path, async (c) => {
    page ??= render(c).catch((err) => {
      page = undefined;
      throw err;
    });
    const { html, policy } = await page;
    c.header('Content-Security-Policy', policy);
    c.header('cache-control', 'no-cache');
    return c.html(html);
  });
  app.get(`${path}/:file`, async (c) => {
    const { name, file } = await getViewer();
    if (c.req.param('file') !== name) return c.text('Not found', 404, { 'cache-control': 'no-store' });
    return sendVariants(c, file, IMMUTABLE);
  });
}
