// Test-only: the public redirect served over real HTTP, as main.ts serves it before the web framework.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Platform } from '../../platform/platform';
import type { ClickRecorder } from './click-recorder';
import { redirectHandler } from './redirect';

export const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
export const LINKEDIN_BOT = 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)';

export type RedirectServer = {
  base: string;
  visit(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
};

export async function serveRedirects(platform: Platform, recorder: ClickRecorder): Promise<RedirectServer> {
  const handle = redirectHandler({
    recorder,
    storage: platform.storage,
    publicUrl: platform.config.publicUrl,
    trustProxy: platform.config.trustProxy,
    logger: platform.logger,
  });
  const server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    visit: (path, headers = {}) => fetch(`${base}${path}`, { redirect: 'manual', headers: { 'user-agent': CHROME, ...headers } }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
