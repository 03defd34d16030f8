import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { t } from '../../platform/i18n';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { listAudience } from '../people';
import { pick, ruleOf } from './load';
import { newsPosts, newsReads } from './schema';

/**
 * The one reminder of a must-read, to the people it is aimed at who have not acknowledged it. Claimed by a
 * conditional update of reminded_at in the same transaction as the e-mails: a second run sends nothing.
 */
export async function remindMustRead(platform: Platform, post: { id: string; orgId: string }) {
  const ctx = systemCtx(platform, post.orgId);
  const queued = await inTx(ctx, async (tx) => {
    const [p] = await tx.db
      .update(newsPosts)
      .set({ remindedAt: new Date() })
      .where(ofOrg(tx, newsPosts, eq(newsPosts.id, post.id), isNull(newsPosts.remindedAt), eq(newsPosts.status, 'published')))
      .returning();
    if (!p) return null;
    const audience = await listAudience(tx, await ruleOf(tx, p));
    const acked = await tx.db
      .select({ personId: newsReads.personId })
      .from(newsReads)
      .where(ofOrg(tx, newsReads, eq(newsReads.postId, p.id), sql`${newsReads.acknowledgedAt} is not null`));
    const done = new Set(acked.map((a) => a.personId));
    const inputs = audience
      .filter((m) => !done.has(m.id))
      .slice(0, 1000)
      .map((m) => {
        const locale = m.locale === 'en' ? ('en' as const) : ('it' as const);
        const due = p.dueOn ? t(locale, 'news:reminder_due', { due: p.dueOn }) : '';
        return {
          orgId: p.orgId,
          to: m.email,
          template: 'news_reminder' as const,
          locale,
          vars: {
            url: `${platform.config.publicUrl}/news/${p.id}`,
            name: m.name,
            title: pick(locale, p.titleIt, p.titleEn),
            due,
          },
        };
      });
    return queueMails(platform, tx.db, inputs);
  });
  await queued?.enqueue(platform);
}

/**
 * Hourly: must-reads not yet reminded whose due day is tomorrow or past, or (without a due day) published three days
 * ago. Each is claimed once (see remindMustRead): running twice is harmless.
 */
export const mustReadSweep = defineJob({
  name: 'news.must-read-reminders',
  schema: z.object({}),
  cron: '15 * * * *',
  async handle(platform) {
    const due = await platform.db
      .select({ id: newsPosts.id, orgId: newsPosts.orgId })
      .from(newsPosts)
      .where(
        and(
          eq(newsPosts.status, 'published'),
          eq(newsPosts.mustRead, true),
          isNull(newsPosts.remindedAt),
          sql`((${newsPosts.dueOn} is not null and ${newsPosts.dueOn} <= current_date + 1)
            or (${newsPosts.dueOn} is null and ${newsPosts.publishedAt} <= now() - interval '3 days'))`,
        ),
      );
    for (const p of due) await remindMustRead(platform, p);
  },
});
