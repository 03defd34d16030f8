import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { organisations } from '../organisations/schema';
import { expireDue, publishDue } from './jobs';
import { posts } from './schema';
import { future, past, postBody } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

async function requireApproval(orgId: string) {
  await tp.platform.db
    .update(organisations)
    .set({ settings: { approvalRequired: true } })
    .where(eq(organisations.id, orgId));
}

describe('approval workflow', () => {
  it('sends a submitted post to review, back to its editor with a comment, then approves it', async () => {
    const { org, api: admin } = await adminOfNewOrg(tp);
    await requireApproval(org.id);
    const editor = await createPerson(tp, org.id, { roles: ['editor'] });
    const api = await signIn(tp, editor.email);
    const post = await (await api.post('/api/posts', postBody())).json();

    expect((await (await api.post(`/api/posts/${post.id}/submit`)).json()).status).toBe('in_review');
    const self = await api.post(`/api/posts/${post.id}/approve`);
    expect(self.status).toBe(403);
    expect((await self.json()).error.code).toBe('content.self_approval');

    const back = await admin.post(`/api/posts/${post.id}/send-back`, { comment: 'Aggiungi una didascalia in inglese' });
    expect(await back.json()).toMatchObject({ status: 'draft', reviewComment: 'Aggiungi una didascalia in inglese' });
    const seen = await (await api.get(`/api/posts/${post.id}`)).json();
    expect(seen.reviewComment).toBe('Aggiungi una didascalia in inglese');

    await api.post(`/api/posts/${post.id}/submit`);
    const approved = await (await admin.post(`/api/posts/${post.id}/approve`)).json();
    expect(approved).toMatchObject({ status: 'published', reviewComment: null });
    expect(approved.publishedAt).not.toBeNull();

    const actions = await tp.platform.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, post.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['post.created', 'post.submitted', 'post.sent_back', 'post.approved']),
    );
  });

  it('publishes directly without required approval, or schedules a future post', async () => {
    const { api } = await adminOfNewOrg(tp);
    const now = await (await api.post('/api/posts', postBody())).json();
    expect((await (await api.post(`/api/posts/${now.id}/submit`)).json()).status).toBe('published');
    const later = await (await api.post('/api/posts', postBody({ publishAt: future() }))).json();
    expect((await (await api.post(`/api/posts/${later.id}/submit`)).json()).status).toBe('scheduled');
  });

  it('answers 409 to impossible steps', async () => {
    const { api } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody())).json();
    const approve = await api.post(`/api/posts/${post.id}/approve`);
    expect(approve.status).toBe(409);
    expect((await approve.json()).error.code).toBe('content.invalid_transition');
    await api.post(`/api/posts/${post.id}/submit`);
    expect((await api.post(`/api/posts/${post.id}/submit`)).status).toBe(409);
    expect((await api.post(`/api/posts/${post.id}/send-back`, { comment: 'no' })).status).toBe(409);
  });

  it('refuses to publish a post whose expiry has passed', async () => {
    const { api } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody({ expireAt: past() }))).json();
    const res = await api.post(`/api/posts/${post.id}/submit`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('content.expire_in_past');
  });
});

describe('scheduling', () => {
  it('publishes a scheduled post when its time comes and expires it after its window', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const post = await (await api.post('/api/posts', postBody({ publishAt: future(30), expireAt: future(90) }))).json();
    expect((await (await api.post(`/api/posts/${post.id}/submit`)).json()).status).toBe('scheduled');

    // Time passes: the row says it is due; the sweep (or the precise job) publishes it.
    const publishAt = new Date(Date.now() - 60_000);
    await tp.platform.db.update(posts).set({ publishAt }).where(eq(posts.id, post.id));
    await tp.platform.jobs.send(publishDue, {});
    await tp.platform.jobs.drain(tp.platform);
    let got = await (await api.get(`/api/posts/${post.id}`)).json();
    expect(got.status).toBe('published');
    expect(got.publishedAt).toBe(publishAt.toISOString());

    await tp.platform.db
      .update(posts)
      .set({ expireAt: new Date(Date.now() - 1000) })
      .where(eq(posts.id, post.id));
    await tp.platform.jobs.send(expireDue, { postId: post.id });
    await tp.platform.jobs.drain(tp.platform);
    got = await (await api.get(`/api/posts/${post.id}`)).json();
    expect(got.status).toBe('expired');

    // Running the jobs again changes nothing.
    await tp.platform.jobs.send(publishDue, {});
    await tp.platform.jobs.drain(tp.platform);
    expect((await (await api.get(`/api/posts/${post.id}`)).json()).status).toBe('expired');
    const audits = await tp.platform.db.select().from(auditLog).where(eq(auditLog.orgId, org.id));
    expect(audits.filter((a) => a.action === 'post.published')).toHaveLength(1);
  });
});
