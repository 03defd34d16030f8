import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { modules } from './modules';
import { createAuth, resolvePrincipal } from './modules/auth';
import { mountApiDocs } from './platform/http/api-docs';
import { apiResponses } from './platform/http/api-responses';
import { securityHeaders } from './platform/http/content-security';
import { errorBody, onError } from './platform/http/errors';
import { sameOrigin } from './platform/http/same-origin';
import { mountWebApp } from './platform/http/static-assets';
import { refuseUnstorableText } from './platform/http/storable-input';
import type { AppEnv } from './platform/http/types';
import { localeFromHeader } from './platform/i18n';
import type { Module } from './platform/module';
import type { Platform } from './platform/platform';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** extraModules: only for tests (e.g. the tenant-isolation test's deliberately leaky route). */
export function createApp(platform: Platform, opts: { extraModules?: Module[] } = {}) {
  const auth = createAuth(platform);
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  app.use(securityHeaders('/api/docs'));
  app.use('*', async (c, next) => {
    c.set('platform', platform);
    c.set('log', platform.logger.child({ requestId: c.get('requestId') }));
    c.set('locale', localeFromHeader(c.req.header('accept-language')));
    c.set('principal', null);
    c.set('login', null);
    const started = performance.now();
    await next();
    c.get('log').info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  // Every API answer, refusals included: not cached (personal), gzipped above 1 KB. Never the /l/ redirect.
  app.use('/api/*', ...apiResponses);
  // Before anything reads the body or the session: writes from other sites' pages are refused (CSRF).
  app.use('/api/*', sameOrigin(platform.config.publicUrl));
  app.use('/api/*', bodyLimit({ maxSize: 20 * 1024 * 1024, onError: (c) => c.json(errorBody(c, 'payload_too_large'), 413) }));
  app.use('/api/*', async (c, next) => {
    const { login, principal } = await resolvePrincipal(platform, auth, c.req.raw.headers);
    c.set('login', login);
    c.set('principal', principal);
    if (principal) c.set('locale', principal.actor.locale);
    await next();
  });
  // NUL and lone surrogates cannot be stored: 400 invalid_text, in the reader's language, before any handler.
  app.use('/api/*', refuseUnstorableText);
  app.onError(onError);

  for (const m of [...modules, ...(opts.extraModules ?? [])]) if (m.routes) app.route('/', m.routes({ platform, auth }));

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    try {
      await platform.database.executeSql('select 1');
      const details = modules.flatMap((m) => (m.health ? [[m.name, m.health(platform)] as const] : []));
      return c.json({ ok: true, ...Object.fromEntries(details) });
    } catch {
      return c.json(errorBody(c, 'not_ready'), 503);
    }
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Voce API', version: '0.1.0', description: 'Internal marketing and employee advocacy' },
  });
  mountApiDocs(app, { path: '/api/docs', specUrl: '/api/openapi.json' });
  app.all('/api/*', (c) => c.json(errorBody(c, 'not_found', { what: c.req.path }), 404));

  // The single-page app: hashed assets (precompressed, cached for a year), index.html for any other path.
  if (fs.existsSync(path.join(webDist, 'index.html'))) mountWebApp(app, webDist);

  return { app, auth };
}
