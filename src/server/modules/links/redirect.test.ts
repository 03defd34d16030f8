import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { insertPost } from '../sharing/test-data';
import { linksModule, recorderOf, rollClosedHours } from '.';
import { clickDaily, clicks, visitorSalts } from './schema';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

let tp: TestPlatform;
let server: http.Server;
let base: string;

beforeAll(async () => {
  tp = await createTestPlatform();
  await linksModule.start?.(tp.platform);
  const handle = linksModule.fastPath!(tp.platform);
  server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await linksModule.stop?.(tp.platform);
  await tp.close();
});

/** An employee shares a post on a network through the API; returns their tracked link's path and the ids. */
async function share(network = 'linkedin', url = 'https://www.example.com/news/1?ref=nl') {
  const org = await createOrg(tp);
  const person = await createPerson(tp, org.id, { department: 'Produzione', site: 'Parma' });
  const { post } = await insertPost(tp, org.id, { title: 'Nuovo stabilimento', url });
  const api = await signIn(tp, person.email);
  const res = await api.post('/api/shares', { postId: post.id, network, text: 'Siamo orgogliosi del nuovo stabilimento' });
  expect(res.status).toBe(200);
  const { link } = (await res.json()) as { link: string };
  return { org, person, post, path: new URL(link).pathname };
}

const visit = (p: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${base}${p}`, { method, redirect: 'manual', headers: { 'user-agent': CHROME, ...headers } });

async function counted(linkPath: string) {
  await recorderOf(tp.platform).flush();
  const code = linkPath.split('/')[2];
  const rows = await tp.platform.db.execute<{ n: number }>(
    `select count(*)::int as n from clicks c join links l on l.id = c.link_id where l.code = '${code}'` as never,
  );
  return Number(rows.rows[0].n);
}

describe('the tracked link redirect', () => {
  it('sends a person to the registered destination with the UTM parameters, and counts the click once', async () => {
    const { path: p, post } = await share('linkedin');
    expect(p).toMatch(/^\/l\/[A-Za-z0-9]{9}$/);
    const res = await visit(p, { referer: 'https://www.linkedin.com/feed/?trk=abc' });
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const to = new URL(res.headers.get('location')!);
    expect(to.origin + to.pathname).toBe('https://www.example.com/news/1');
    expect(to.searchParams.get('ref')).toBe('nl');
    expect(to.searchParams.get('utm_source')).toBe('linkedin');
    expect(to.searchParams.get('utm_medium')).toBe('employee-advocacy');
    // The campaign is the post's readable slug (fixed at its first share), the content the network.
    expect(to.searchParams.get('utm_campaign')).toBe(`nuovo-stabilimento-${post.id.replace(/-/g, '').slice(0, 6)}`);
    expect(to.searchParams.get('utm_content')).toBe('linkedin');
    expect(await counted(p)).toBe(1);
  });

  it('stores only coarse data: no address anywhere, the referrer host only, the device class, attribution to the sharer', async () => {
    const { path: p, person, post } = await share('x');
    await visit(p, { 'user-agent': IPHONE, referer: 'https://t.co/xyz?secret=1' });
    await recorderOf(tp.platform).flush();
    // Close the hour (as the clock will): the rollup counts the click for the sharer.
    await rollClosedHours(tp.platform.database, new Date(Date.now() + 2 * 3_600_000));
    const [row] = await tp.platform.db
      .select()
      .from(clicks)
      .innerJoin(clickDaily, eq(clickDaily.linkId, clicks.linkId))
      .where(eq(clickDaily.postId, post.id));
    expect(row.clicks.referrerHost).toBe('t.co');
    expect(row.clicks.deviceClass).toBe('mobile');
    expect(row.click_daily).toMatchObject({
      personId: person.id,
      network: 'x',
      department: 'Produzione',
      site: 'Parma',
      clicks: 1,
    });
    expect(JSON.stringify(row)).not.toContain('127.0.0.1');
    expect(row.clicks.visitorHash).not.toContain('127');
    const spool = path.join(tp.platform.config.dataDir, 'spool');
    for (const f of fs.readdirSync(spool)) expect(fs.readFileSync(path.join(spool, f), 'utf8')).not.toContain('127.0.0.1');
  });

  it('counts the same visitor again within the hour once, but two different visitors twice', async () => {
    const { path: p } = await share();
    await visit(p);
    await visit(p);
    await recorderOf(tp.platform).flush();
    await visit(p);
    expect(await counted(p)).toBe(1);
    await visit(p, { 'user-agent': IPHONE });
    expect(await counted(p)).toBe(2);
  });

  it('shows link-preview crawlers the post card without counting them', async () => {
    const { path: p } = await share();
    for (const ua of [
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'WhatsApp/2.23.20.0',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Twitterbot/1.0',
      'TelegramBot (like TwitterBot)',
      'Googlebot/2.1 (+http://www.google.com/bot.html)',
      'curl/8.5.0',
      '',
    ]) {
      const res = await visit(p, { 'user-agent': ua });
      expect(res.status, ua).toBe(200);
      const html = await res.text();
      expect(html).toContain('<meta property="og:title" content="Nuovo stabilimento">');
      expect(html).toContain('og:url" content="https://www.example.com/news/1?ref=nl"');
    }
    expect((await visit(p, {}, 'HEAD')).status).toBe(302);
    expect(await counted(p)).toBe(0);
  });

  it('answers an unknown or malformed code with a friendly page in the visitor’s language, never a redirect', async () => {
    for (const code of ['zzzzzzzzz', 'a', "x'or'1", '..%2F..%2Fetc', 'https:%2F%2Fevil.example']) {
      const res = await visit(`/l/${code}`, { 'accept-language': 'en-GB,en;q=0.8' });
      expect(res.status, code).toBe(404);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('Link not found');
    }
    const it = await visit('/l/zzzzzzzzz', { 'accept-language': 'it-IT' });
    expect(await it.text()).toContain('Link non trovato');
    expect((await visit('/l/zzzzzzzzz', {}, 'POST')).status).toBe(405);
  });

  it('keeps only today’s and tomorrow’s visitor salts after the daily cleanup', async () => {
    await tp.platform.db.insert(visitorSalts).values({ day: '2020-01-01', salt: 'old' }).onConflictDoNothing();
    const { forgetOldSalts } = await import('./salts');
    await forgetOldSalts(tp.platform.db);
    const days = (await tp.platform.db.select().from(visitorSalts)).map((s) => s.day);
    expect(days).not.toContain('2020-01-01');
    expect(days.length).toBeGreaterThanOrEqual(1);
  });
});
