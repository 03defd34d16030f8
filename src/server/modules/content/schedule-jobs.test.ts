import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import type { PostT } from './contract';
import { expireDue, publishDue, publishDuePosts, schedulePostJobs } from './jobs';
import { posts } from './schema';
import { future, postBody } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('publish and expire triggers', () => {
  it('a post saved again with the same times keeps one trigger for each; new times get their own', async () => {
    const { api } = await adminOfNewOrg(tp);
    const [publishing, expiring] = [await tp.platform.jobs.queued(publishDue), await tp.platform.jobs.queued(expireDue)];
    const created = await (await api.post('/api/posts', postBody({ publishAt: future(30), expireAt: future(90) }))).json();
    const post = (await (await api.post(`/api/posts/${created.id}/submit`)).json()) as PostT;
    expect(post.status).toBe('scheduled');
    await Promise.all([schedulePostJobs(tp.platform, post), schedulePostJobs(tp.platform, post)]);
    expect(await tp.platform.jobs.queued(publishDue)).toBe(publishing + 1);
    expect(await tp.platform.jobs.queued(expireDue)).toBe(expiring + 1);
    await schedulePostJobs(tp.platform, { ...post, publishAt: future(40) });
    expect(await tp.platform.jobs.queued(publishDue)).toBe(publishing + 2);
  });

  it('two sweeps at once (two workers, or a trigger and the minute sweep) publish a due post once', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const created = await (await api.post('/api/posts', postBody({ publishAt: future(30) }))).json();
    await api.post(`/api/posts/${created.id}/submit`);
    await tp.platform.db
      .update(posts)
      .set({ publishAt: new Date(Date.now() - 60_000) })
      .where(eq(posts.id, created.id));
    const moved = await Promise.all([publishDuePosts(tp.platform), publishDuePosts(tp.platform)]);
    expect(moved.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const published = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'post.published')));
    expect(published).toHaveLength(1);
    expect((await (await api.get(`/api/posts/${created.id}`)).json()).status).toBe('published');
  });
});
