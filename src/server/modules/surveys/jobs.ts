import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { listAudience } from '../people';
import { audienceRule, findSurvey, pick } from './load-survey';
import { advanceSurvey } from './rounds';
import { surveyParticipation, surveyRounds, surveys } from './schema';

/**
 * The one reminder of a round, to the people of the audience who have not answered. Claimed by a conditional update
 * of reminded_at in the same transaction as the e-mails: a second run finds it claimed and sends nothing. Nobody
 * sees the list: it exists only inside this transaction.
 */
export async function remindRound(platform: Platform, round: { id: string; orgId: string; surveyId: string }) {
  const ctx: Ctx = systemCtx(platform, round.orgId);
  const mail = await inTx(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(surveyRounds)
      .set({ remindedAt: new Date() })
      .where(
        ofOrg(tx, surveyRounds, eq(surveyRounds.id, round.id), isNull(surveyRounds.remindedAt), eq(surveyRounds.status, 'open')),
      )
      .returning();
    if (!claimed) return null;
    const s = await findSurvey(tx, round.surveyId);
    const audience = await listAudience(tx, await audienceRule(tx, s));
    const answered = await tx.db
      .select({ personId: surveyParticipation.personId })
      .from(surveyParticipation)
      .where(ofOrg(tx, surveyParticipation, eq(surveyParticipation.roundId, round.id)));
    const done = new Set(answered.map((a) => a.personId));
    const url = `${platform.config.publicUrl}/me/surveys`;
    const inputs = audience
      .filter((p) => !done.has(p.id))
      .slice(0, 1000)
      .map((p) => {
        const locale = p.locale === 'en' ? ('en' as const) : ('it' as const);
        return {
          orgId: round.orgId,
          to: p.email,
          template: 'survey_reminder' as const,
          locale,
          vars: { url, name: p.name, title: pick(locale, s.titleIt, s.titleEn) },
        };
      });
    return queueMails(platform, tx.db, inputs);
  });
  await mail?.enqueue(platform);
}

/**
 * Every 10 minutes: closes due rounds (pulses open their next period, one-off surveys close) and sends the reminders
 * that are due. Each step is a conditional update or a unique (survey, seq) insert: running twice is harmless.
 */
export const surveysSweep = defineJob({
  name: 'surveys.sweep',
  schema: z.object({}),
  cron: '*/10 * * * *',
  async handle(platform) {
    const now = new Date();
    const due = await platform.db
      .selectDistinct({ surveyId: surveyRounds.surveyId, orgId: surveyRounds.orgId })
      .from(surveyRounds)
      .where(and(eq(surveyRounds.status, 'open'), lte(surveyRounds.closesAt, now)));
    for (const d of due) {
      const ctx = systemCtx(platform, d.orgId);
      await inTx(ctx, async (tx) => advanceSurvey(tx, await findSurvey(tx, d.surveyId, true), now));
    }
    const reminders = await platform.db
      .select({ id: surveyRounds.id, orgId: surveyRounds.orgId, surveyId: surveyRounds.surveyId })
      .from(surveyRounds)
      .innerJoin(surveys, eq(surveys.id, surveyRounds.surveyId))
      .where(
        and(
          eq(surveyRounds.status, 'open'),
          isNull(surveyRounds.remindedAt),
          sql`${surveys.remindAfterDays} is not null`,
          sql`${surveyRounds.opensAt} + make_interval(days => ${surveys.remindAfterDays}) <= ${now.toISOString()}`,
        ),
      );
    for (const r of reminders) await remindRound(platform, r);
  },
});
