import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { mailMessages } from '../mail/schema';
import { mustReadSweep, remindMustRead } from './jobs';
import { newsPosts } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const policy = {
  titleIt: 'Policy social',
  titleEn: 'Social policy',
  bodyIt: '## Regole\n**Leggi** tutto <script>alert(1)</script> [sito](javascript:alert(1))',
  bodyEn: 'Rules in English',
  mustRead: true,
};

async function setup() {
  const { api: editor, org, admin } = await adminOfNewOrg(tp, ['editor']);
  const qa = await createPerson(tp, org.id, { department: 'Qualità', site: 'Parma', locale: 'en' });
  const prod = await createPerson(tp, org.id, { department: 'Produzione', site: 'Parma' });
  return { editor, org, admin, qa, prod, qaApi: await signIn(tp, qa.email), prodApi: await signIn(tp, prod.email) };
}

async function publish(editor: Awaited<ReturnType<typeof signIn>>, body: Record<string, unknown>) {
  const created = await editor.post('/api/news/posts', body);
  expect(created.status).toBe(200);
  const { id } = await created.json();
  expect((await editor.post(`/api/news/posts/${id}/publish`)).status).toBe(200);
  return id as string;
}

describe('internal news with must-read', () => {
  it('shows a sanitised post in the reader’s language, counts the read and takes one acknowledgement', async () => {
    const { editor, qaApi, prodApi } = await setup();
    const id = await publish(editor, policy);
    const feed = await (await prodApi.get('/api/news')).json();
    expect(feed).toMatchObject({
      pendingMustReads: 1,
      items: [{ id, title: 'Policy social', mustRead: true, acknowledged: false }],
    });
    const item = await (await prodApi.get(`/api/news/${id}`)).json();
    expect(item.html).toContain('<strong>Leggi</strong>');
    expect(item.html).not.toMatch(/script|javascript:/);
    expect((await (await qaApi.get(`/api/news/${id}`)).json()).title).toBe('Social policy');
    await Promise.all([prodApi.post(`/api/news/${id}/acknowledge`), prodApi.post(`/api/news/${id}/acknowledge`)]);
    expect((await (await prodApi.get('/api/news')).json()).pendingMustReads).toBe(0);
    const stats = await (await editor.get(`/api/news/posts/${id}/stats`)).json();
    expect(stats).toMatchObject({ read: 2, acknowledged: 1 });
    expect(stats.byDepartment).toEqual(
      expect.arrayContaining([
        { value: 'Produzione', reach: 1, read: 1, acknowledged: 1 },
        { value: 'Qualità', reach: 1, read: 1, acknowledged: 0 },
      ]),
    );
  });

  it('keeps a targeted post from people outside its audience', async () => {
    const { editor, qaApi, prodApi } = await setup();
    const id = await publish(editor, { ...policy, targeting: { all: false, departments: ['Qualità'] } });
    expect((await prodApi.get(`/api/news/${id}`)).status).toBe(404);
    expect((await prodApi.post(`/api/news/${id}/acknowledge`)).status).toBe(404);
    expect((await qaApi.get(`/api/news/${id}`)).status).toBe(200);
  });

  it('reminds those who have not acknowledged, once, even when the sweep runs twice at once', async () => {
    const { editor, org, prodApi, qa, admin } = await setup();
    const id = await publish(editor, policy);
    await prodApi.post(`/api/news/${id}/acknowledge`);
    await tp.platform.db
      .update(newsPosts)
      .set({ publishedAt: new Date(Date.now() - 4 * 86_400_000) })
      .where(eq(newsPosts.id, id));
    await Promise.all([mustReadSweep.handle(tp.platform, {}), remindMustRead(tp.platform, { id, orgId: org.id })]);
    const mails = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.orgId, org.id), eq(mailMessages.template, 'news_reminder')));
    // The editor and the Qualità colleague, once each; the colleague who acknowledged gets nothing.
    expect(mails.map((m) => m.to).sort()).toEqual([admin.email, qa.email].sort());
  });

  it('takes comments and reactions; a moderator hides a comment with a reason (audited); the author is e-mailed', async () => {
    const { editor, org, admin, prodApi } = await setup();
    const id = await publish(editor, { ...policy, mustRead: false });
    expect((await prodApi.post(`/api/news/${id}/comments`, { body: 'Domanda: vale anche per LinkedIn?' })).status).toBe(200);
    expect((await prodApi.post(`/api/news/${id}/reactions`, { kind: 'like', on: true })).status).toBe(200);
    const item = await (await prodApi.get(`/api/news/${id}`)).json();
    expect(item.reactions.like).toBe(1);
    expect(item.myReactions).toEqual(['like']);
    const commentId = item.comments[0].id;
    expect((await prodApi.post(`/api/news/${id}/comments/${commentId}/hide`, { reason: 'Fuori tema' })).status).toBe(403);
    expect((await editor.post(`/api/news/${id}/comments/${commentId}/hide`, { reason: 'Fuori tema' })).status).toBe(200);
    const after = await (await prodApi.get(`/api/news/${id}`)).json();
    expect(after.comments[0]).toMatchObject({ hidden: true, body: null, hiddenReason: 'Fuori tema' });
    const audits = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'news.comment_hidden')));
    expect(audits).toHaveLength(1);
    const mails = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.orgId, org.id), eq(mailMessages.template, 'news_comment')));
    expect(mails.map((m) => m.to)).toEqual([admin.email]);
  });

  it('accepts images and media by their bytes, refuses HTML disguised as a video', async () => {
    const { editor } = await setup();
    const upload = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
      const form = new FormData();
      form.set('file', new File([bytes], name, { type }));
      return editor.raw('/api/news/media', { method: 'POST', body: form });
    };
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...crypto.randomBytes(64)]) as Uint8Array<ArrayBuffer>;
    const ok = await upload(webm, 'msg.webm', 'video/webm');
    expect(ok.status).toBe(200);
    const { key, url } = await ok.json();
    const served = await editor.get(url);
    expect(served.headers.get('content-type')).toBe('video/webm');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await upload(new TextEncoder().encode('<html><script>alert(1)</script>'), 'x.webm', 'video/webm')).status).toBe(422);
    const id = (await (await editor.post('/api/news/posts', { ...policy, mediaKey: key })).json()).id;
    expect(id).toBeTruthy();
    expect((await editor.post('/api/news/posts', { ...policy, mediaKey: `${crypto.randomUUID()}.webm` })).status).toBe(422);
  });
});
