import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { candidateTokens } from './schema';
import { apply, lastMail, openJob, pathOf, recruitingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(() => tp.close());

const statusLinks = (orgId: string, to: string) =>
  tp.platform.db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.orgId, orgId), eq(mailMessages.to, to), eq(mailMessages.template, 'recruiting_status_link')));

it('a candidate whose session or link ran out asks for a new link, sent only to the address they applied with', async () => {
  const { hr, org } = await recruitingOrg(tp);
  const job = await openJob(hr);
  expect((await apply(tp, job, { email: 'lina.newlink@example.test', name: 'Lina Verdi' })).status).toBe(200);
  const first = (await lastMail(tp, 'lina.newlink@example.test', 'recruiting_status_link'))?.url as string;
  const opened = await tp.app.request(pathOf(first));
  const cookie = opened.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const statusPath = opened.headers.get('location') as string;
  // Two hours later the session has ended: the page says so and offers a new link.
  await tp.platform.db
    .update(candidateTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(candidateTokens.orgId, org.id));
  const ended = await tp.app.request(statusPath, { headers: { cookie } });
  expect(ended.status).toBe(410);
  const page = await ended.text();
  expect(page).toContain('Sessione scaduta');
  expect(page).toContain('Inviami un nuovo link');
  expect(await (await tp.app.request(pathOf(first))).text()).toContain('Inviami un nuovo link');

  const ask = (body: string, headers: Record<string, string> = {}) =>
    tp.app.request(`${statusPath}/new-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
  const sent = await ask(`email=${encodeURIComponent(' LINA.newlink@Example.test ')}`);
  expect(sent.status).toBe(200);
  expect(await sent.text()).toContain('Controlla la tua e-mail');
  const links = await statusLinks(org.id, 'lina.newlink@example.test');
  expect(links).toHaveLength(2);
  const fresh = (await lastMail(tp, 'lina.newlink@example.test', 'recruiting_status_link'))?.url as string;
  expect(fresh).not.toBe(first);
  const again = await tp.app.request(pathOf(fresh));
  expect(again.status).toBe(303);
  const newCookie = again.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect(await (await tp.app.request(statusPath, { headers: { cookie: newCookie } })).text()).toContain('Lina Verdi');

  // An address that never applied gets the same answer and no e-mail; a malformed one is shown next to the field.
  const unknown = await ask('email=nobody.newlink%40example.test');
  expect(unknown.status).toBe(200);
  expect(await unknown.text()).toContain('Controlla la tua e-mail');
  expect(await statusLinks(org.id, 'nobody.newlink@example.test')).toEqual([]);
  const bad = await ask('email=not-an-address');
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain('aria-invalid="true"');
  expect((await ask('email=lina.newlink%40example.test', { origin: 'https://evil.example' })).status).toBe(403);

  // Counted with the applications to that address (5 a day): it cannot flood an inbox.
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await ask('email=lina.newlink%40example.test')).status);
  expect(statuses).toEqual([200, 200, 200, 429]);
  expect(await statusLinks(org.id, 'lina.newlink@example.test')).toHaveLength(5);
});
