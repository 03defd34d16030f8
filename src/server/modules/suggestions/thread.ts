import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { forbidden } from '../../platform/errors';
import { can } from '../../platform/permissions';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { addMessage } from './add-message';
import type { ThreadT } from './contract';
import { bySecret, lockSuggestion } from './lock-suggestion';
import { suggestionAuthors, suggestions } from './schema';
import { hashSecret } from './secret';
import { type SuggestionRow, threadOf } from './view';

/** HR, or the named author of this suggestion (an anonymous author comes through the secret instead). */
async function sideOf(ctx: Ctx, s: SuggestionRow): Promise<'staff' | 'author'> {
  const actor = actorOf(ctx);
  if (can(actor.roles, 'suggestions.manage')) return 'staff';
  if (!s.anonymous) {
    const [link] = await ctx.db
      .select()
      .from(suggestionAuthors)
      .where(
        ofOrg(
          ctx,
          suggestionAuthors,
          and(eq(suggestionAuthors.suggestionId, s.id), eq(suggestionAuthors.personId, actor.personId)),
        ),
      );
    if (link) return 'author';
  }
  throw forbidden();
}

export async function getThread({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ThreadT> {
  return inTx(ctx, async (tx) => {
    const s = await lockSuggestion(tx, input.id);
    await sideOf(tx, s);
    return threadOf(tx, s);
  });
}

/** A reply from HR (audited: HR answer by name inside the company, as a team to the author) or the named author. */
export async function postMessage({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; clientId: string; body: string };
}): Promise<ThreadT> {
  return inTx(ctx, async (tx) => {
    const s = await lockSuggestion(tx, input.id);
    const side = await sideOf(tx, s);
    await addMessage(tx, s, side, input);
    if (side === 'staff')
      await recordAudit({
        ctx: tx,
        input: { action: 'suggestion.replied', targetType: 'suggestion', targetId: s.id, targetName: s.title },
      });
    return threadOf(tx, await lockSuggestion(tx, s.id));
  });
}

/** The anonymous author reads the thread with the secret alone: no session is needed, none is looked at. */
export async function openThreadBySecret(platform: Platform, input: { secret: string }): Promise<ThreadT> {
  const s = await bySecret(platform, input.secret);
  return threadOf(systemCtx(platform, s.orgId), s);
}

/** The anonymous author answers in the thread; a replayed request (same clientId) is refused. */
export async function replyBySecret(
  platform: Platform,
  input: { secret: string; clientId: string; body: string },
): Promise<ThreadT> {
  return platform.db.transaction(async (db) => {
    const s = await bySecret({ db }, input.secret, true);
    const ctx = { ...systemCtx(platform, s.orgId), db };
    await addMessage(ctx, s, 'author', input);
    return threadOf(ctx, s);
  });
}

/** For the author's device: the status and the last batched reply notice of each thread it holds a secret for. */
export async function threadStatuses(platform: Platform, input: { secrets: string[] }) {
  if (input.secrets.length === 0) return { items: [] };
  const rows = await platform.db
    .select({ id: suggestions.id, status: suggestions.status, noticeAt: suggestions.noticeAt })
    .from(suggestions)
    .where(inArray(suggestions.secretHash, input.secrets.map(hashSecret)));
  return { items: rows };
}
