import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AgentClasses } from './agent-class';
import { isBot } from './bots';
import { isoTime } from './click-time';
import { HourDedup } from './hour-dedup';
import type { ClickRecord } from './spool';
import { spoolLine } from './spool-files';
import { clientIp, deviceClass, visitorHash } from './visitor';

// The redirect's cheaper helpers must answer exactly what the plain versions they replace would.
describe('the click hot path helpers', () => {
  it('formats a click time exactly as toISOString does, across seconds, days and years', () => {
    const start = Date.UTC(2026, 11, 31, 23, 59, 58, 990);
    for (let ms = start; ms < start + 3_000; ms++) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    for (let k = 0; k < 2_000; k++) {
      const ms = Math.floor(Math.random() * 4e12);
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('writes a spool line byte for byte as JSON.stringify would, unusual values included', () => {
    const base: ClickRecord = {
      id: crypto.randomUUID(),
      orgId: crypto.randomUUID(),
      linkId: crypto.randomUUID(),
      at: new Date().toISOString(),
      visitorHash: crypto.randomBytes(24).toString('base64url'),
      referrerHost: null,
      deviceClass: 'mobile',
      country: null,
    };
    for (const r of [
      base,
      { ...base, referrerHost: 'www.linkedin.com', country: 'IT' },
      { ...base, referrerHost: 'a"b\\c.example' },
      { ...base, orgId: undefined },
      { ...base, visitorHash: 'odd"hash\n' },
    ])
      expect(spoolLine(r)).toBe(`${JSON.stringify(r)}\n`);
  });

  it('gives the verdicts of isbot and deviceClass, remembered within a bound', () => {
    const agents = new AgentClasses(3);
    const uas = [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
      'curl/8.5.0',
      'x',
      '',
      undefined,
    ];
    for (let round = 0; round < 3; round++)
      for (const ua of uas) expect(agents.of(ua)).toEqual({ bot: isBot(ua), device: ua ? deviceClass(ua) : 'other' });
    const young = (agents as unknown as { young: Map<string, unknown>; old: Map<string, unknown> }).young;
    expect(young.size).toBeLessThanOrEqual(3);
  });

  it('remembers a visitor per link and hour, and stops remembering new ones past its bound', () => {
    const hour = Date.UTC(2026, 11, 3, 14);
    const d = new HourDedup(2);
    expect(d.first('l1', 'v1', hour)).toBe(true);
    expect(d.first('l1', 'v1', hour + 60_000)).toBe(false);
    expect(d.first('l2', 'v1', hour)).toBe(true); // another link
    expect(d.first('l1', 'v2', hour)).toBe(true); // past the bound: not remembered
    expect(d.first('l1', 'v2', hour)).toBe(true);
    expect(d.first('l1', 'v1', hour + 3_600_000)).toBe(true); // a new hour
    expect(d.first('l1', 'v1', hour)).toBe(true); // the clock stepped back: the rollup decides
  });

  it('tells every new visitor from a repeat among a full hour of visitors on many links', () => {
    const hour = Date.UTC(2026, 11, 3, 14);
    const d = new HourDedup(200_000);
    const links = Array.from({ length: 500 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const visitor = (i: number) => visitorHash('salt', `10.0.${i >> 8}.${i & 255}`, 'Mozilla/5.0');
    let recorded = 0;
    for (let i = 0; i < 200_000; i++) if (d.first(links[i % 500], visitor(i), hour)) recorded++;
    expect(recorded).toBe(200_000);
    let repeats = 0;
    for (let i = 0; i < 200_000; i += 7) if (!d.first(links[i % 500], visitor(i), hour + 1_000)) repeats++;
    expect(repeats).toBe(Math.ceil(200_000 / 7));
    // The same visitor on another link is new there (the table is full, so it is not remembered).
    expect(d.first(links[1], visitor(0), hour)).toBe(true);
    expect(d.first(links[1], visitor(0), hour)).toBe(true);
  });
});

describe('the visitor behind a trusted proxy', () => {
  const req = (forwarded: string | undefined) =>
    ({ headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress: '10.0.0.2' } }) as IncomingMessage;

  it('is the address the proxy appended, whatever the client forged before it', () => {
    expect(clientIp(req('1.1.1.1, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientIp(req('9.9.9.9, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientIp(req('203.0.113.7'), true)).toBe('203.0.113.7');
    // Without TRUST_PROXY the header is nobody's word: the socket's address.
    expect(clientIp(req('1.1.1.1, 203.0.113.7'), false)).toBe('10.0.0.2');
    expect(clientIp(req(undefined), true)).toBe('10.0.0.2');
  });
});
