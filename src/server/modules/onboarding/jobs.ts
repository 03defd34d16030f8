import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { queueMail } from '../mail';
import { findContacts } from '../people';
import { assignJourneys, NEW_HIRE_DAYS } from './assign';
import { journeySteps, stateOf } from './progress';
import { onboardingJourneys, onboardingReminders, onboardingTemplates } from './schema';

/**
 * One e-mail per overdue step of a running journey: the reminder row (primary key journey + step) is inserted in
 * the same transaction as the e-mail, so a second sweep, or two at once, send nothing more.
 */
export async function remindOverdue(ctx: Ctx, today: string): Promise<number> {
  const since = new Date(Date.now() - (NEW_HIRE_DAYS + 60) * 86_400_000).toISOString().slice(0, 10);
  const journeys = (await ctx.db.select().from(onboardingJourneys).where(ofOrg(ctx, onboardingJourneys))).filter(
    (j) => j.startOn >= since,
  );
  let sent = 0;
  for (const j of journeys) {
    const overdue = (await journeySteps(ctx, j)).filter((s) => stateOf(s, today) === 'overdue');
    if (overdue.length === 0) continue;
    const person = (await findContacts(ctx, [j.personId])).get(j.personId);
    if (!person || person.status === 'inactive') continue;
    for (const { step } of overdue) {
      const mail = await inTx(ctx, async (tx) => {
        const [claimed] = await tx.db
          .insert(onboardingReminders)
          .values({ orgId: ctx.orgId, journeyId: j.id, stepId: step.id })
          .onConflictDoNothing()
          .returning();
        if (!claimed) return null;
        const title = person.locale === 'en' ? step.titleEn || step.titleIt : step.titleIt || step.titleEn;
        return queueMail(ctx.platform, tx.db, {
          orgId: ctx.orgId,
          to: person.email,
          template: 'onboarding_due',
          locale: person.locale,
          vars: { url: `${ctx.platform.config.publicUrl}/me/onboarding`, name: person.name, step: title },
        });
      });
      if (mail) {
        sent++;
        await mail.enqueue(ctx.platform);
      }
    }
  }
  return sent;
}

/** Every organisation with an onboarding template: new hires get their journey, overdue steps their reminder. */
export async function onboardingSweepOnce(platform: Platform) {
  const orgs = await platform.db
    .selectDistinct({ orgId: onboardingTemplates.orgId })
    .from(onboardingTemplates)
    .where(eq(onboardingTemplates.active, true));
  const today = new Date().toISOString().slice(0, 10);
  for (const { orgId } of orgs) {
    const ctx = systemCtx(platform, orgId);
    await assignJourneys(ctx);
    await remindOverdue(ctx, today);
  }
}

/** Every 15 minutes: whatever created the person (the directory, an import, SSO), their journey follows. */
export const onboardingSweep = defineJob({
  name: 'onboarding.sweep',
  schema: z.object({}),
  cron: '*/15 * * * *',
  async handle(platform) {
    await onboardingSweepOnce(platform);
  },
});
