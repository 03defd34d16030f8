import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { campaignLink } from './campaign-links';
import { localeOf, say } from './mail';
import { orgPeople } from './org-people';
import { isEligible, populationOf } from './population';
import { getTraining, propositionsOf, today } from './rows';
import { trainingEndorsements, trainingEnrolments, trainingMailings, trainingReach } from './schema';

const BATCH = 200;
export const MAX_MAILING_ATTEMPTS = 3;

/**
 * The `training.campaign-mail` job. It claims the mailing (queued → running, attempts counted on the row), then
 * writes the messages by batches of people: in one transaction, a batch's `training_reach` rows (channel email,
 * unique per person and training) and its messages, so a person is mailed about a training at most once even if the
 * job runs twice or dies half-way (a second run skips those already reached). Ends done, or failed with a reason
 * the L&D page shows.
 */
export async function sendMailing(platform: Platform, mailingId: string): Promise<void> {
  const [claimed] = await platform.db
    .update(trainingMailings)
    .set({ status: 'running', attempts: sql`${trainingMailings.attempts} + 1`, startedAt: new Date() })
    .where(and(eq(trainingMailings.id, mailingId), eq(trainingMailings.status, 'queued')))
    .returning();
  if (!claimed) return;
  const ctx: Ctx = systemCtx(platform, claimed.orgId);
  try {
    const t = await getTraining(ctx, claimed.trainingId);
    const people = await orgPeople(ctx);
    const rules = (await propositionsOf(ctx, [t.id])).get(t.id) ?? [];
    const taken = await ctx.db
      .select({ personId: trainingEnrolments.personId })
      .from(trainingEnrolments)
      .where(
        ofOrg(
          ctx,
          trainingEnrolments,
          eq(trainingEnrolments.trainingId, t.id),
          inArray(trainingEnrolments.status, ['enrolled', 'pending', 'waitlisted']),
        ),
      );
    const endorsements = await ctx.db
      .select()
      .from(trainingEndorsements)
      .where(ofOrg(ctx, trainingEndorsements, eq(trainingEndorsements.trainingId, t.id)));
    const skip = new Set(taken.map((r) => r.personId));
    const day = today();
    // An offer archived meanwhile is no longer promoted: the mailing ends with nobody written to.
    const audience =
      t.status === 'published'
        ? people.list.filter((p) => p.status === 'active' && !skip.has(p.id) && isEligible(rules, p, day))
        : [];
    const url = audience.length ? await campaignLink(ctx, t.id, 'email') : '';
    for (let i = 0; i < audience.length; i += BATCH) {
      const batch = audience.slice(i, i + BATCH);
      await platform.db
        .transaction(async (tx) => {
          const fresh = await tx
            .insert(trainingReach)
            .values(batch.map((p) => ({ orgId: t.orgId, trainingId: t.id, personId: p.id, channel: 'email' as const })))
            .onConflictDoNothing({ target: [trainingReach.trainingId, trainingReach.channel, trainingReach.personId] })
            .returning({ personId: trainingReach.personId });
          const mails = fresh.map(({ personId }) => {
            const p = people.byId.get(personId)!;
            const locale = localeOf(p);
            const prop = populationOf(rules, p, day);
            const endorser = people.hierarchy
              .chainOf(p.id)
              .map((m) => endorsements.find((e) => e.managerId === m))
              .find(Boolean);
            const pitch = prop
              ? say(locale, 'mail.pitch', { benefits: prop.benefits, problem: prop.problem, outcome: prop.outcome })
              : t.description;
            const word = endorser
              ? say(locale, 'mail.endorsement', { manager: people.byId.get(endorser.managerId)?.name ?? '', note: endorser.note })
              : '';
            return {
              orgId: t.orgId,
              to: p.email,
              template: 'training_campaign' as const,
              locale,
              vars: { name: p.name, title: t.title, pitch, endorsement: word, url },
            };
          });
          const queued = await queueMails(platform, tx, mails);
          await tx
            .update(trainingMailings)
            .set({ sent: sql`${trainingMailings.sent} + ${mails.length}` })
            .where(eq(trainingMailings.id, mailingId));
          return queued;
        })
        .then((queued) => queued.enqueue(platform));
    }
    await platform.db
      .update(trainingMailings)
      .set({ status: 'done', finishedAt: new Date() })
      .where(and(eq(trainingMailings.id, mailingId), eq(trainingMailings.status, 'running')));
  } catch (err) {
    // Out of attempts (the claim has counted this one): failed for good, with the reason shown; otherwise queued
    // again for pg-boss's retry.
    const last = claimed.attempts >= MAX_MAILING_ATTEMPTS;
    await platform.db
      .update(trainingMailings)
      .set(last ? { status: 'failed', failure: 'unexpected', finishedAt: new Date() } : { status: 'queued' })
      .where(and(eq(trainingMailings.id, mailingId), eq(trainingMailings.status, 'running')));
    if (!last) throw err;
    platform.logger.error({ err, mailingId }, 'training mailing failed');
  }
}
