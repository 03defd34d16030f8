import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { PostRow } from './get-post';
import { posts } from './schema';

/**
 * The post's row, locked until the transaction ends: workflow steps and edits of one post apply one after the other,
 * each seeing the status and link the previous one left (no lost update, no edit of a link that just went live).
 */
export async function lockPost(tx: Ctx, id: string): Promise<PostRow> {
  const [row] = await tx.db
    .select()
    .from(posts)
    .where(ofOrg(tx, posts, eq(posts.id, id)))
    .for('update');
  if (!row) throw notFound('post');
  return row;
}
