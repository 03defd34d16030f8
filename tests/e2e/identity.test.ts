import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../src/server/boot';
import { createAuth, createLogin } from '../../src/server/modules/auth';
import { organisations } from '../../src/server/modules/organisations/schema';
import { people } from '../../src/server/modules/people/schema';
import { loadConfig } from '../../src/server/platform/config';
import { seedDemo } from '../../src/server/seed';
import {
  a11yProblems,
  DEMO_PASSWORD,
  eventually,
  newContext,
  openBrowser,
  shotBoth,
  signInUi,
  startVoce,
  type Voce,
} from './harness';

// One login, two organisations: a colleague of the demo company is invited into a second organisation, joins it by
// signing in (never by choosing a new password), lands there, and switches back from the user menu.
const SARAH = { email: 'employee.en@aurora.example', name: 'Sarah Mitchell' };
const OTHER = { org: 'Consorzio Grano Duro', email: 'admin@granoduro.example', password: 'grano-duro-2026', name: 'Paolo Neri' };

let voce: Voce;
let browser: Browser;

/** The demo company plus a second organisation with its own admin, written before Voce starts. */
async function prepareDataDir(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-e2e-identity-'));
  const { platform, shutdown } = await boot(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' }), { work: false });
  try {
    const auth = createAuth(platform);
    await seedDemo(platform, { auth });
    const [org] = await platform.db.insert(organisations).values({ name: OTHER.org, slug: 'grano-duro' }).returning();
    const userId = await createLogin(auth, platform.db, OTHER);
    await platform.db
      .insert(people)
      .values({ orgId: org.id, userId, email: OTHER.email, name: OTHER.name, roles: ['admin'], locale: 'en', status: 'active' });
  } finally {
    await shutdown();
  }
  return dataDir;
}

beforeAll(async () => {
  voce = await startVoce({ dataDir: await prepareDataDir(), seed: false });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await shotBoth(page, `identity-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

/** The second organisation's admin adds Sarah and invites her, through the API; the link is read from the outbox. */
async function inviteSarah(): Promise<string> {
  const call = async (method: string, url: string, body?: unknown, cookie = '') => {
    const res = await fetch(`${voce.url}${url}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return res;
  };
  const signedIn = await call('POST', '/api/auth/sign-in', { email: OTHER.email, password: OTHER.password });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const person = await (await call('POST', '/api/people', { name: SARAH.name, email: SARAH.email, locale: 'en' }, cookie)).json();
  await call('POST', '/api/invitations', { personIds: [person.id] }, cookie);
  return eventually('the invitation in the outbox', async () => {
    const list = await (await call('GET', '/api/outbox', undefined, cookie)).json();
    const item = list.items.find((m: { to: string }) => m.to === SARAH.email);
    if (!item) return null;
    const msg = await (await call('GET', `/api/outbox/${item.id}`, undefined, cookie)).json();
    return String(msg.text).match(/https?:\/\/\S+\/invitation\/[\w-]+/)?.[0] ?? '';
  });
}

describe('identity: one login, several organisations', () => {
  it('an existing colleague joins a second organisation by signing in, then switches back from the user menu', async () => {
    const link = await inviteSarah();
    const page = await (await newContext(browser, { baseURL: voce.url, locale: 'en-GB' })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(link);
    await page.getByText(/You already have a Voce account with this e-mail/).waitFor();
    expect(await page.getByLabel(/New password/).count()).toBe(0);
    await check(page, '01-invitation-existing-login');

    await page.getByRole('link', { name: 'Sign in to join' }).click();
    await page.getByLabel(/e-?mail/i).fill(SARAH.email);
    await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
    await page.locator('form').getByRole('button').first().click();
    await page.getByRole('button', { name: `Join ${OTHER.org}` }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/invitation'));
    await page.getByRole('banner').getByText(OTHER.org).waitFor();

    await page.getByRole('button', { name: `Account menu of ${SARAH.name}` }).click();
    await page.getByRole('menuitem', { name: /Pastificio Aurora/ }).waitFor();
    await check(page, '02-organisation-switcher');
    await page.getByRole('menuitem', { name: /Pastificio Aurora/ }).click();
    await page
      .getByRole('banner')
      .getByText(/Pastificio Aurora/)
      .waitFor();
    await page.close();
  });

  it('a new session of a person in two organisations asks which one to enter', async () => {
    const page = await (await newContext(browser, { baseURL: voce.url, locale: 'en-GB' })).newPage();
    page.setDefaultTimeout(15_000);
    await signInUi(page, SARAH.email);
    await page.getByRole('heading', { name: 'Choose an organisation' }).waitFor();
    await page.getByRole('button', { name: /Pastificio Aurora/ }).waitFor();
    await check(page, '03-choose-organisation');
    await page.getByRole('button', { name: new RegExp(OTHER.org) }).click();
    await page.getByRole('banner').getByText(OTHER.org).waitFor();
    await page.close();
  });
});
