import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { links } from '../links/schema';
import { organisations } from '../organisations/schema';
import { postBody } from './test-data';

// Two people act on the same post at the same moment: the requests really run at once (Promise.all), several rounds
// so that every interleaving the database allows gets a chance to happen.
const ROUNDS = 6;

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** An organisation that requires approval, an editor who writes posts and an admin who approves them. */
async function newsroom() {
  const org = await createOrg(tp);
  await tp.platform.db
    .update(organisations)
    .set({ settings: { approvalRequired: true } })
    .where(eq(organisations.id, org.id));
  const admin = await createPerson(tp, org.id, { roles: ['admin'] });
  const editor = await createPerson(tp, org.id, { roles: ['editor'] });
  const employee = await createPerson(tp, org.id);
  return {
    approver: await signIn(tp, admin.email),
    editor: await signIn(tp, editor.email),
    employee: await signIn(tp, employee.email),
  };
}

type Api = Awaited<ReturnType<typeof signIn>>;

async function postInReview(editor: Api, url = 'https://example.com/news/original') {
  const post = await (await editor.post('/api/posts', postBody({ url }))).json();
  expect((await (await editor.post(`/api/posts/${post.id}/submit`)).json()).status).toBe('in_review');
  return post.id as string;
}

const codeOf = async (res: Response) => (res.status === 200 ? null : (await res.json()).error.code);

async function auditOf(postId: string, action: string) {
  const rows = await tp.platform.db
    .select({ data: auditLog.data })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, postId), eq(auditLog.action, action)));
  return rows.map((r) => r.data);
}

describe('two workflow steps on one post at the same time', () => {
  it('approve and archive: the archive is never lost, and the history tells what each one saw', async () => {
    const { approver, editor } = await newsroom();
    for (let round = 0; round < ROUNDS; round++) {
      const id = await postInReview(editor);
      const [approve, archive] = await Promise.all([
        approver.post(`/api/posts/${id}/approve`),
        editor.delete(`/api/posts/${id}`),
      ]);
      expect(archive.status).toBe(200);
      const post = await (await editor.get(`/api/posts/${id}`)).json();
      expect(post.status).toBe('archived');
      const [archived] = await auditOf(id, 'post.archived');
      if (approve.status === 200) {
        // Approved first: the archive then took the published post off the feeds.
        expect(archived.from).toBe('published');
      } else {
        // Archived first: the approval found nothing left to approve.
        expect(approve.status).toBe(409);
        expect(await codeOf(approve)).toBe('content.invalid_transition');
        expect(archived.from).toBe('in_review');
        expect(await auditOf(id, 'post.approved')).toHaveLength(0);
      }
    }
  });

  it('approve and send back: exactly one wins, the other answers 409 invalid_transition', async () => {
    const { approver, editor } = await newsroom();
    for (let round = 0; round < ROUNDS; round++) {
      const id = await postInReview(editor);
      const [approve, sendBack] = await Promise.all([
        approver.post(`/api/posts/${id}/approve`),
        approver.post(`/api/posts/${id}/send-back`, { comment: 'Manca la fonte' }),
      ]);
      const codes = [await codeOf(approve), await codeOf(sendBack)];
      expect(codes.filter((c) => c === null)).toHaveLength(1);
      expect(codes.filter((c) => c === 'content.invalid_transition')).toHaveLength(1);
      const post = await (await editor.get(`/api/posts/${id}`)).json();
      expect(post.status).toBe(approve.status === 200 ? 'published' : 'draft');
    }
  });
});

describe('editing the link while the post is approved', () => {
  it('never leaves a published post, or a link already shared, pointing at another URL than the approved one', async () => {
    const { approver, editor, employee } = await newsroom();
    for (let round = 0; round < ROUNDS; round++) {
      const id = await postInReview(editor);
      const changed = `https://example.com/news/changed-${round}`;
      const [edit, approve] = await Promise.all([
        editor.patch(`/api/posts/${id}`, { url: changed }),
        approver.post(`/api/posts/${id}/approve`),
      ]);
      expect(approve.status).toBe(200);
      const approved = await approve.json();
      if (edit.status !== 200) expect(await codeOf(edit)).toBe('content.url_locked');
      // What the approver saw and published is what the post points at now, edit or not.
      const post = await (await editor.get(`/api/posts/${id}`)).json();
      expect(post.status).toBe('published');
      expect(post.url).toBe(approved.url);
      expect(post.url).toBe(edit.status === 200 ? changed : 'https://example.com/news/original');

      const share = await employee.post('/api/shares', { postId: id, network: 'linkedin', text: `Da leggere ${round}` });
      expect(share.status).toBe(200);
      const [link] = await tp.platform.db.select().from(links).where(eq(links.postId, id));
      expect(link.destination).toBe(post.url);
      // And the link stays put: a later edit of the published post's URL is refused.
      const late = await editor.patch(`/api/posts/${id}`, { url: 'https://example.com/elsewhere' });
      expect(await codeOf(late)).toBe('content.url_locked');
    }
  });
});
