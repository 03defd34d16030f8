import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { posts } from './schema';
import { future, postBody } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Api = Awaited<ReturnType<typeof signIn>>;

async function desk() {
  const org = await createOrg(tp);
  const editor = await signIn(tp, (await createPerson(tp, org.id, { roles: ['editor'] })).email);
  const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
  return { org, editor, employee };
}

async function published(editor: Api, over: Record<string, unknown> = {}): Promise<string> {
  const post = await (await editor.post('/api/posts', postBody(over))).json();
  await editor.post(`/api/posts/${post.id}/submit`);
  return post.id;
}

const feedIds = async (api: Api) => ((await (await api.get('/api/feed')).json()).items as { id: string }[]).map((p) => p.id);
const status = async (api: Api, id: string) => (await (await api.get(`/api/posts/${id}`)).json()).status as string;
const audits = (id: string, action: string) =>
  tp.platform.db
    .select({ data: auditLog.data })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, id), eq(auditLog.action, action)));

describe('undoing an archive', () => {
  it('puts an archived post back where it was, in the feed again, and audits it', async () => {
    const { editor, employee } = await desk();
    const id = await published(editor);
    const archived = await (await editor.delete(`/api/posts/${id}`)).json();
    expect(archived.status).toBe('archived');
    expect(Date.parse(archived.restorableUntil) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await feedIds(employee)).not.toContain(id);

    const restored = await editor.post(`/api/posts/${id}/restore`);
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ status: 'published', restorableUntil: null });
    expect(await feedIds(employee)).toContain(id);
    expect((await audits(id, 'post.restored')).map((a) => a.data)).toEqual([{ from: 'archived', to: 'published' }]);

    // A draft comes back a draft; a post that is not archived cannot be restored.
    const draft = (await (await editor.post('/api/posts', postBody())).json()).id;
    await editor.delete(`/api/posts/${draft}`);
    expect((await (await editor.post(`/api/posts/${draft}/restore`)).json()).status).toBe('draft');
    const again = await editor.post(`/api/posts/${draft}/restore`);
    expect([again.status, (await again.json()).error.code]).toEqual([409, 'content.invalid_transition']);
  });

  it('is possible for 7 days, then says why not', async () => {
    const { editor } = await desk();
    const id = await published(editor);
    await editor.delete(`/api/posts/${id}`);
    await tp.platform.db
      .update(posts)
      .set({ archivedAt: new Date(Date.now() - 7 * 86_400_000 - 60_000) })
      .where(eq(posts.id, id));
    expect((await (await editor.get(`/api/posts/${id}`)).json()).restorableUntil).not.toBeNull();
    const res = await editor.post(`/api/posts/${id}/restore`);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('content.restore_expired');
    expect(body.error.message).toMatch(/7 giorni/);
    expect(await status(editor, id)).toBe('archived');
  });

  it('moves with time: a scheduled post whose time came back comes back published, a lapsed one expired', async () => {
    const { editor } = await desk();
    const scheduled = await published(editor, { publishAt: future(60) });
    expect(await status(editor, scheduled)).toBe('scheduled');
    await editor.delete(`/api/posts/${scheduled}`);
    await tp.platform.db
      .update(posts)
      .set({ publishAt: new Date(Date.now() - 60_000) })
      .where(eq(posts.id, scheduled));
    expect((await (await editor.post(`/api/posts/${scheduled}/restore`)).json()).status).toBe('published');

    const lapsing = await published(editor, { expireAt: future(60) });
    await editor.delete(`/api/posts/${lapsing}`);
    await tp.platform.db
      .update(posts)
      .set({ expireAt: new Date(Date.now() - 60_000) })
      .where(eq(posts.id, lapsing));
    expect((await (await editor.post(`/api/posts/${lapsing}/restore`)).json()).status).toBe('expired');
  });

  it('two restores at once: one wins, the other is told, and the history has one restore', async () => {
    const { editor } = await desk();
    for (let round = 0; round < 4; round++) {
      const id = await published(editor);
      await editor.delete(`/api/posts/${id}`);
      const answers = await Promise.all([editor.post(`/api/posts/${id}/restore`), editor.post(`/api/posts/${id}/restore`)]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await audits(id, 'post.restored')).toHaveLength(1);
      expect(await status(editor, id)).toBe('published');
    }
  }, 120_000);

  it('an archive and a restore at once: the end state is the one the history tells', async () => {
    const { editor } = await desk();
    for (let round = 0; round < 4; round++) {
      const id = await published(editor);
      const [archive, restore] = await Promise.all([editor.delete(`/api/posts/${id}`), editor.post(`/api/posts/${id}/restore`)]);
      expect(archive.status).toBe(200);
      const restoredFirst = restore.status === 200;
      // The restore either came after the archive (and undid it) or before it (nothing archived yet: 409).
      if (!restoredFirst) expect((await restore.json()).error.code).toBe('content.invalid_transition');
      expect(await status(editor, id)).toBe(restoredFirst ? 'published' : 'archived');
      expect(await audits(id, 'post.restored')).toHaveLength(restoredFirst ? 1 : 0);
    }
  }, 120_000);

  it('is for editors only', async () => {
    const { editor, employee } = await desk();
    const id = await published(editor);
    await editor.delete(`/api/posts/${id}`);
    expect((await employee.post(`/api/posts/${id}/restore`)).status).toBe(403);
  });
});
