import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { type Encoding, pickEncoding } from './accept-encoding';
import type { AppEnv } from './types';

/** Hashed file names change with their content, so browsers keep them for a year and never ask again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current chunks: the browser must check it at every visit (a 304 when nothing changed). */
export const REVALIDATE = 'no-cache';

/** One file with the variants the build compressed beside it (`.br`, `.gz`: src/web/build/precompress.ts). */
export type Variants = { type: string; plain: Bytes } & Partial<Record<Encoding, Bytes>>;
type Bytes = Uint8Array<ArrayBuffer>;

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

const read = (file: string): Bytes => new Uint8Array(fs.readFileSync(file));

function readVariants(file: string): Variants {
  const variants: Variants = { type: getMimeType(file) ?? 'application/octet-stream', plain: read(file) };
  for (const encoding of ['br', 'gzip'] as const) {
    if (fs.existsSync(file + SUFFIX[encoding])) variants[encoding] = read(file + SUFFIX[encoding]);
  }
  return variants;
}

/** Answers a file in the encoding the browser prefers among those held; Vary tells caches the answer depends on it. */
export function sendVariants(c: Context, file: Variants, cacheControl: string): Response {
  const held = (['br', 'gzip'] as const).filter((e) => file[e]);
  const encoding = pickEncoding(c.req.header('accept-encoding'), held);
  const body = encoding ? file[encoding]! : file.plain;
  const headers: Record<string, string> = {
    'content-type': file.type,
    'content-length': String(body.length),
    'cache-control': cacheControl,
  };
  if (held.length > 0) headers.vary = 'Accept-Encoding';
  if (encoding) headers['content-encoding'] = encoding;
  return c.body(body, 200, headers);
}

/**
 * The single-page app built by Vite (dist/web), held in memory: a process keeps serving the build it started with,
 * so index.html and the chunks it names always match. Hashed assets are immutable and precompressed; any other path
 * is a client-side route and gets index.html, revalidated at every visit; a missing asset is a 404 (never index.html,
 * which a browser would try to run as a script).
 */
export function mountWebApp(app: Hono<AppEnv>, dir: string): void {
  const assetsDir = path.join(dir, 'assets');
  const assets = new Map<string, Variants>();
  for (const name of fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : []) {
    if (!/\.(br|gz)$/.test(name)) assets.set(name, readVariants(path.join(assetsDir, name)));
  }
  const favicon = fs.existsSync(path.join(dir, 'favicon.svg')) ? readVariants(path.join(dir, 'favicon.svg')) : undefined;
  const indexHtml = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const etag = `"${crypto.createHash('sha256').update(indexHtml).digest('base64url').slice(0, 22)}"`;

  app.get('/assets/:name', (c) => {
    const file = assets.get(c.req.param('name'));
    if (!file) return c.text('Not found', 404, { 'cache-control': 'no-store' });
    return sendVariants(c, file, IMMUTABLE);
  });
  app.get('/assets/*', (c) => c.text('Not found', 404, { 'cache-control': 'no-store' }));
  // Not hashed: a day, then the browser asks again.
  if (favicon) app.get('/favicon.svg', (c) => sendVariants(c, favicon, 'public, max-age=86400'));
  app.get('*', (c) => {
    c.header('cache-control', REVALIDATE);
    c.header('etag', etag);
    const known = c.req
      .header('if-none-match')
      ?.split(',')
      .map((t) => t.trim().replace(/^W\//, ''));
    if (known?.includes(etag)) return c.body(null, 304);
    return c.html(indexHtml);
  });
}
