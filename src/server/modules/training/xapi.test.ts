import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import XAPI, { type Statement } from '@xapi/xapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { LrsKeysT, NewLrsKeyT, ParticipantsT } from './contract';
import { ok, publishedTraining, trainingOrg } from './test-data';

// The LMS side is played by a real xAPI client library (@xapi/xapi) over real HTTP.
let tp: TestPlatform;
let server: ReturnType<typeof serve>;
let endpoint: string;
beforeAll(async () => {
  tp = await createTestPlatform();
  server = serve({ fetch: tp.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/xapi/`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await tp.close();
});

const statement = (email: string, activity: string, id?: string): Statement => ({
  ...(id ? { id } : {}),
  actor: { objectType: 'Agent', name: 'Learner', mbox: `mailto:${email}` },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  object: { objectType: 'Activity', id: activity },
  result: { completion: true, success: true },
  timestamp: '2026-02-03T10:00:00Z',
});

/** The status an xAPI call failed with (the client throws on 4xx). */
async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (err) {
    return (err as { response?: { status: number } }).response?.status ?? -1;
  }
}

describe('the Learning Record Store endpoint', { timeout: 240_000 }, () => {
  it('records "completed" statements from an LMS with the organisation’s key; bad ones are 4xx and store nothing', async () => {
    const { lnd, anna, bruno } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, { code: 'EXCEL-PLAN' });
    const key = await ok<NewLrsKeyT>(lnd.post('/api/training/lrs-keys', { label: 'LMS Docebo' }));
    expect(key.endpoint).toBe('http://localhost:3000/api/xapi/');
    const lms = new XAPI({ endpoint, auth: XAPI.toBasicAuth(key.keyId, key.secret) });
    const activity = `http://localhost:3000/xapi/activities/training/${t.id}`;
    const participants = async () => (await ok<ParticipantsT>(lnd.get(`/api/training/manage/${t.id}/participants`))).items;

    const wrongKey = new XAPI({ endpoint, auth: XAPI.toBasicAuth(key.keyId, 'not-the-secret') });
    expect(await statusOf(wrongKey.sendStatement({ statement: statement(anna.email, activity) }))).toBe(401);
    expect(await statusOf(lms.sendStatement({ statement: statement('stranger@example.test', activity) }))).toBe(422);
    expect(
      await statusOf(
        lms.sendStatement({
          statement: { ...statement(anna.email, activity), verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' } },
        }),
      ),
    ).toBe(422);
    expect(
      await statusOf(lms.sendStatement({ statement: { actor: { mbox: `mailto:${anna.email}` } } as unknown as Statement })),
    ).toBe(400);
    // One bad statement in a batch: the whole request is refused.
    expect(
      await statusOf(
        lms.sendStatements({ statements: [statement(anna.email, activity), statement('stranger@example.test', activity)] }),
      ),
    ).toBe(422);
    expect(await participants()).toEqual([]);

    const id = '0b9a4b4c-8a4e-4f6e-9a55-8d0f0c0e7a11';
    const sent = await lms.sendStatement({ statement: statement(anna.email, activity, id) });
    expect(sent.data).toEqual([id]);
    expect(sent.headers['x-experience-api-version']).toBe('1.0.3');
    // The LMS resends it: nothing changes. The course code works as activity id too.
    await lms.sendStatement({ statement: statement(anna.email, activity, id) });
    await lms.sendStatement({ statement: statement(bruno.email, 'https://lms.example.com/course/EXCEL-PLAN') });
    expect((await participants()).map((p) => [p.name, p.completionSource, p.completedAt])).toEqual([
      [anna.name, 'xapi', '2026-02-03T10:00:00.000Z'],
      [bruno.name, 'xapi', '2026-02-03T10:00:00.000Z'],
    ]);

    const keys = await ok<LrsKeysT>(lnd.get('/api/training/lrs-keys'));
    expect(keys.items[0]).toMatchObject({ label: 'LMS Docebo', lastUsedAt: expect.any(String), revokedAt: null });
    expect(JSON.stringify(keys)).not.toContain(key.secret);
    await ok(lnd.delete(`/api/training/lrs-keys/${key.id}`));
    expect(await statusOf(lms.sendStatement({ statement: statement(anna.email, activity) }))).toBe(401);
  });
});
