import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('engagement dashboard', () => {
  it('moves when a must-read is acknowledged and a suggestion is answered; employees may not see it; CSV has the same figures', async () => {
    const { api: admin, org } = await adminOfNewOrg(tp, ['admin']);
    const emp = await signIn(tp, (await createPerson(tp, org.id, { department: 'Produzione' })).email);
    expect((await emp.get('/api/engagement')).status).toBe(403);
    const before = (await (await admin.get('/api/engagement?months=3')).json()).kpis;
    expect(before).toMatchObject({ newsPosts: 0, mustReadAckRate: null, suggestionsReceived: 0 });
    const { id } = await (
      await admin.post('/api/news/posts', { titleIt: 'Policy', titleEn: '', bodyIt: 'Testo', bodyEn: '', mustRead: true })
    ).json();
    await admin.post(`/api/news/posts/${id}/publish`);
    await emp.post(`/api/news/${id}/acknowledge`);
    const s = await (
      await emp.post('/api/suggestions', {
        category: 'other',
        title: 'Idea uno',
        body: 'Testo idea',
        anonymous: true,
        secret: crypto.randomBytes(32).toString('base64url'),
      })
    ).json();
    await admin.post(`/api/suggestions/${s.id}/messages`, { clientId: crypto.randomUUID(), body: 'Grazie' });
    const after = await (await admin.get('/api/engagement?months=3')).json();
    expect(after.kpis).toMatchObject({
      newsPosts: 1,
      mustReadAckRate: 0.5,
      suggestionsReceived: 1,
      suggestionsAnsweredShare: 1,
      daysToFirstReply: 0,
    });
    // Two people: every group is under the threshold of 5, so no group rate is shown.
    expect(after.byDepartment.every((g: { ackRate: number | null }) => g.ackRate === null)).toBe(true);
    const csv = await (await admin.get('/api/engagement.csv?months=3')).text();
    expect(csv).toContain('mustReadAckRate,0.5');
  });
});
