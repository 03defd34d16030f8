import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import type { Platform } from '../platform';
import { bucket, clientAddress } from './client-address';
import type { AppEnv } from './types';

function appBehindProxy(trustProxy: boolean) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('platform', { config: { trustProxy } } as Platform);
    c.set('log', createLogger('silent'));
    await next();
  });
  app.get('/', (c) => c.text(clientAddress(c)));
  return app;
}

const addressOf = async (app: Hono<AppEnv>, forwarded: string) =>
  (await app.request('/', { headers: { 'x-forwarded-for': forwarded } })).text();

describe('client address for limits', () => {
  it('behind a trusted proxy takes the hop the proxy appended, not what the client wrote before it', async () => {
    const app = appBehindProxy(true);
    expect(await addressOf(app, '203.0.113.9')).toBe('203.0.113.9');
    // A client rotating forged first entries still has one address.
    expect(await addressOf(app, '10.0.0.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf(app, '10.0.0.2,203.0.113.9')).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    expect(await addressOf(appBehindProxy(false), '203.0.113.9')).toBe('');
  });

  it('counts an IPv6 subscriber by its /64, and IPv4-mapped addresses as IPv4', () => {
    expect(bucket('2001:db8:1:2:aaaa::1')).toBe(bucket('2001:db8:1:2:bbbb::2'));
    expect(bucket('2001:db8:1:2::1')).not.toBe(bucket('2001:db8:1:3::1'));
    expect(bucket('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });
});
