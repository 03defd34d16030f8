import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { systemCtx } from '../../platform/ctx';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { findContacts } from '../people';
import { suggestionAuthors, suggestions } from './schema';
import { today } from './secret';

/**
 * Releases the reply notices of the day, all at once: never at the moment of a reply, so the time an author's device
 * learns of a reply (and the time they come to read it) says nothing about which thread is theirs. Anonymous
 * threads get a notice date their devices compare; named authors an e-mail. The claim is a conditional update of
 * reply_pending: a second run, or two processes, find nothing left to send.
 */
export async function releaseReplyNotices(platform: Platform): Promise<number> {
  const mails = await platform.db.transaction(async (db) => {
    const released = await db
      .update(suggestions)
      .set({ replyPending: false, noticeAt: today() })
      .where(eq(suggestions.replyPending, true))
      .returning();
    const named = released.filter((s) => !s.anonymous);
    if (named.length === 0) return { count: released.length, enqueue: async () => {} };
    const links = await db
      .select()
      .from(suggestionAuthors)
      .where(
        inArray(
          suggestionAuthors.suggestionId,
          named.map((s) => s.id),
        ),
      );
    const inputs = [];
    for (const s of named) {
      const link = links.find((l) => l.suggestionId === s.id);
      const person = link && (await findContacts({ ...systemCtx(platform, s.orgId), db }, [link.personId])).get(link.personId);
      if (!person || person.status === 'inactive') continue;
      inputs.push({
        orgId: s.orgId,
        to: person.email,
        template: 'suggestion_reply' as const,
        locale: person.locale,
        vars: { url: `${platform.config.publicUrl}/suggestions/${s.id}`, name: person.name, title: s.title },
      });
    }
    const q = await queueMails(platform, db, inputs);
    return { count: released.length, enqueue: q.enqueue };
  });
  await mails.enqueue(platform);
  return mails.count;
}

/** Once a day at 07:00 UTC (early morning in Italy): the day's reply notices, in one batch. */
export const replyNoticesJob = defineJob({
  name: 'suggestions.reply-notices',
  schema: z.object({}),
  cron: '0 7 * * *',
  async handle(platform) {
    await releaseReplyNotices(platform);
  },
});
