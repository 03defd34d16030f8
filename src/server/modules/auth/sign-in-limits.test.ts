import crypto from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, PASSWORD } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import { people } from '../people/schema';

// Behind a trusted proxy, so each test can be its own client (X-Forwarded-For). The per-address and per-account
// limits are lowered so that spending them takes a few requests (each wrong password costs a real hash).
let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform({ trustProxy: true, signInLimits: { perClient: 12, perAccount: 12 } });
});
afterAll(async () => tp.close());

let lastOctet = 0;
/** A client address of its own (TEST-NET-2), so no test spends another's limits. */
const newClient = () => `198.51.100.${++lastOctet}`;

function attempt(email: string, password: string, client: string) {
  return tp.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  });
}

async function statuses(email: string, passwords: string[], client: string) {
  const out: number[] = [];
  for (const p of passwords) out.push((await attempt(email, p, client)).status);
  return out;
}

const wrong = (n: number) => Array.from({ length: n }, (_, i) => `wrong-password-${i}`);

async function personWithLogin() {
  const org = await createOrg(tp);
  return createPerson(tp, org.id);
}

async function failuresAudited(personId: string) {
  const [row] = await tp.platform.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, personId), eq(auditLog.action, 'auth.sign_in_failed')));
  return row.n;
}

// Each wrong password costs a real hash (~0.1 s, several times that on a loaded 2-core machine): generous timeouts.
describe('sign-in limits', { timeout: 180_000 }, () => {
  it('checks at most ten of 100 parallel wrong passwords: the rest are refused before any check', async () => {
    const p = await personWithLogin();
    const client = newClient();
    const answers = await Promise.all(wrong(100).map((pw) => attempt(p.email, pw, client)));
    const codes = answers.map((r) => r.status);
    expect(codes.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(codes.filter((s) => s === 429).length).toBeGreaterThanOrEqual(90);
    expect(codes.every((s) => s === 401 || s === 429)).toBe(true);
    expect(await failuresAudited(p.id)).toBeLessThanOrEqual(10);
    // And the right password is refused too while the lock lasts.
    expect((await attempt(p.email, PASSWORD, client)).status).toBe(429);
  });

  it('answers an e-mail without a login exactly like one with a login: 401 ten times, then 429', async () => {
    const p = await personWithLogin();
    const known = await statuses(p.email, wrong(11), newClient());
    const unknown = await statuses(`nobody-${crypto.randomBytes(4).toString('hex')}@example.test`, wrong(11), newClient());
    expect(known).toEqual([...Array(10).fill(401), 429]);
    expect(unknown).toEqual(known);
    const [a, b] = await Promise.all([
      attempt(p.email, 'x-wrong-x', newClient()),
      attempt('nobody@example.test', 'x', newClient()),
    ]);
    expect(await b.json()).toMatchObject({ error: { code: 'invalid_credentials', message: (await a.json()).error.message } });
  });

  it('takes about as long to refuse an unknown e-mail as a wrong password (no timing oracle)', async () => {
    const p = await personWithLogin();
    const unknownEmail = `nobody-${crypto.randomBytes(4).toString('hex')}@example.test`;
    const time = async (email: string) => {
      const started = performance.now();
      expect((await attempt(email, 'not-the-password', newClient())).status).toBe(401);
      return performance.now() - started;
    };
    await time(p.email); // warm-up
    await time(unknownEmail);
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so a burst of load on the machine hits both alike.
    for (let i = 0; i < 5; i++) {
      known.push(await time(p.email));
      unknown.push(await time(unknownEmail));
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
  });

  it('a stranger cannot lock a person out: the person still signs in from their own address', async () => {
    const p = await personWithLogin();
    const attacker = newClient();
    expect((await statuses(p.email, wrong(12), attacker)).slice(-2)).toEqual([429, 429]);
    expect((await attempt(p.email, PASSWORD, newClient())).status).toBe(200);
  });

  it('a successful sign-in starts the count again for that address', async () => {
    const p = await personWithLogin();
    const client = newClient();
    expect(await statuses(p.email, [...wrong(9), PASSWORD], client)).toEqual([...Array(9).fill(401), 200]);
    expect(await statuses(p.email, wrong(2), client)).toEqual([401, 401]);
  });

  it('limits one address across accounts (password spraying), whether the accounts exist or not', async () => {
    const [a, b] = [await personWithLogin(), await personWithLogin()];
    const sprayer = newClient();
    // 12 failures a day per address here: ten on a, two on an unknown e-mail, then b is refused at once.
    await statuses(a.email, wrong(10), sprayer);
    expect(await statuses('nobody@example.test', wrong(2), sprayer)).toEqual([401, 401]);
    expect((await attempt(b.email, PASSWORD, sprayer)).status).toBe(429);
    expect((await attempt(b.email, PASSWORD, newClient())).status).toBe(200);
  });

  it('locks an account attacked from several addresses once its daily limit is spent, and audits the failures', async () => {
    const p = await personWithLogin();
    // 12 failures a day per account here: ten from one address, two from another.
    await statuses(p.email, wrong(10), newClient());
    await statuses(p.email, wrong(2), newClient());
    expect((await attempt(p.email, PASSWORD, newClient())).status).toBe(429);
    expect(await failuresAudited(p.id)).toBe(12);
  });

  it('keeps a deactivated person out with the right password, answering like a wrong one', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, p.id));
    const res = await attempt(p.email, PASSWORD, newClient());
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('invalid_credentials');
  });
});
