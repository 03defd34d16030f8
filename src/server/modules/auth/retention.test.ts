import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { purgeExpiredAccessJob } from './jobs';
import { purgeExpiredAccess } from './purge-expired-access';
import { invitations, session, user, verification } from './schema';
import { signInAttempts } from './sign-in-attempts-schema';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ago = (ms: number) => new Date(Date.now() - ms);

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform({ retentionDays: { tokens: 7 } });
});
afterAll(async () => tp.close());

/** Sessions of a new login, expiring at the given times. */
async function sessions(...expiresAt: Date[]) {
  const userId = crypto.randomUUID();
  await tp.platform.db.insert(user).values({ id: userId, name: 'Ada', email: `${userId}@example.test` });
  return tp.platform.db
    .insert(session)
    .values(expiresAt.map((e) => ({ id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: e })))
    .returning();
}

async function verifications(...expiresAt: Date[]) {
  return tp.platform.db
    .insert(verification)
    .values(
      expiresAt.map((e) => ({
        id: crypto.randomUUID(),
        identifier: `reset-password:${crypto.randomUUID()}`,
        value: 'x',
        expiresAt: e,
      })),
    )
    .returning();
}

async function invitation(opts: { expiresAt: Date; acceptedAt?: Date }) {
  const org = await createOrg(tp);
  const person = await createPerson(tp, org.id, { login: false });
  const [row] = await tp.platform.db
    .insert(invitations)
    .values({ orgId: org.id, personId: person.id, tokenHash: crypto.randomUUID(), ...opts })
    .returning();
  return row;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
async function left(table: typeof session | typeof verification | typeof invitations, list: { id: string }[]) {
  const found = await tp.platform.db
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, ids(list)));
  return ids(found).sort();
}

describe('expired access is deleted', () => {
  it('deletes expired sessions and reset tokens, and keeps those still valid (a signed-in person stays signed in)', async () => {
    const { api } = await adminOfNewOrg(tp);
    const [expired, valid] = await sessions(ago(MINUTE), new Date(Date.now() + DAY));
    const [used, fresh] = await verifications(ago(MINUTE), new Date(Date.now() + 10 * MINUTE));

    await purgeExpiredAccess(tp.platform);

    expect(await left(session, [expired, valid])).toEqual([valid.id]);
    expect(await left(verification, [used, fresh])).toEqual([fresh.id]);
    expect((await api.get('/api/me')).status).toBe(200);
  });

  it('deletes invitations used or expired more than the period ago; a recent one still answers "expired"', async () => {
    const oldExpired = await invitation({ expiresAt: ago(7 * DAY + MINUTE) });
    const oldUsed = await invitation({ expiresAt: new Date(Date.now() + DAY), acceptedAt: ago(7 * DAY + MINUTE) });
    const recentExpired = await invitation({ expiresAt: ago(7 * DAY - MINUTE) });
    const recentUsed = await invitation({ expiresAt: ago(DAY), acceptedAt: ago(7 * DAY - MINUTE) });
    const open = await invitation({ expiresAt: new Date(Date.now() + DAY) });

    await purgeExpiredAccess(tp.platform);

    expect(await left(invitations, [oldExpired, oldUsed, recentExpired, recentUsed, open])).toEqual(
      ids([recentExpired, recentUsed, open]).sort(),
    );
  });

  it('deletes sign-in attempt counters whose window ended over an hour ago; a running lock stays', async () => {
    const key = (label: string) => `${label}-${crypto.randomUUID()}`;
    const [old, recent, running] = [key('old'), key('recent'), key('running')];
    await tp.platform.db.insert(signInAttempts).values([
      { key: old, points: 10, expire: ago(61 * MINUTE) },
      { key: recent, points: 3, expire: ago(30 * MINUTE) },
      { key: running, points: 10, expire: new Date(Date.now() + 10 * MINUTE) },
    ]);
    await purgeExpiredAccess(tp.platform);
    const leftKeys = await tp.platform.db
      .select({ key: signInAttempts.key })
      .from(signInAttempts)
      .where(inArray(signInAttempts.key, [old, recent, running]));
    expect(leftKeys.map((r) => r.key).sort()).toEqual([recent, running].sort());
  });

  it('works in batches: a cap smaller than what is due leaves the rest for the next run', async () => {
    const due = await sessions(ago(DAY), ago(DAY), ago(DAY));
    const first = await purgeExpiredAccess(tp.platform, { batchSize: 1, maxBatches: 2 });
    expect(first['auth.sessions']).toEqual({ purged: 2, batches: 2, more: true });
    expect(await left(session, due)).toHaveLength(1);
    await purgeExpiredAccess(tp.platform, { batchSize: 1, maxBatches: 2 });
    expect(await left(session, due)).toHaveLength(0);
  });

  it('runs as a scheduled job', async () => {
    expect(purgeExpiredAccessJob.cron).toBeDefined();
    const [expired] = await sessions(ago(MINUTE));
    await tp.platform.jobs.send(purgeExpiredAccessJob, {});
    await tp.platform.jobs.drain(tp.platform, [purgeExpiredAccessJob.name]);
    expect(await tp.platform.db.select().from(session).where(eq(session.id, expired.id))).toEqual([]);
  });
});
