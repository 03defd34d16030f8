import { and, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { uniqueVisitorsPerLinkDay } from '../links';
import { findPeopleDetails } from '../people';
import { rankingOptOuts, sharesBetween } from '../sharing';
import { badges, cohorts, members, pointsLedger, quizAttempts, recognition, sharerVisitors } from './schema';

const DAY = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
/** Clicks of a day are counted once the day is over and the click spool has surely been flushed. */
const GRACE_MS = 2 * 3_600_000;
/** Late clicks of the last few closed days are picked up on later runs (their keys are new); older days are final. */
const RECHECK_DAYS = 3;

type Award = { personId: string; kind: 'share' | 'personalised' | 'click' | 'quiz'; points: number; sourceKey: string };

async function insertAwards(ctx: Ctx, awards: Award[]) {
  for (let i = 0; i < awards.length; i += 500)
    await ctx.db
      .insert(pointsLedger)
      .values(awards.slice(i, i + 500).map((a) => ({ orgId: ctx.orgId, ...a })))
      .onConflictDoNothing();
}

/**
 * Turns what happened since the last run into points, for one organisation with recognition on. Idempotent: every
 * point has a unique source key (share, personalisation, link × day, quiz), so a second run, or two at once, adds
 * nothing twice. Points are only added (never back-dated: nothing before `enabledAt`; never removed); people who
 * opted out of rankings or were deactivated earn none. A failure is written on the settings for comms to see.
 */
export async function awardPoints(platform: Platform, orgId: string, now = new Date()): Promise<number> {
  const ctx = systemCtx(platform, orgId);
  const [s] = await ctx.db.select().from(recognition).where(eq(recognition.orgId, orgId));
  if (!s?.enabled || !s.enabledAt) return 0;
  try {
    const from = s.computedUntil ?? s.enabledAt;
    const to = new Date(now.getTime() - 60_000);
    const [optOut, active] = await Promise.all([rankingOptOuts(ctx), findPeopleDetails(ctx, 'active')]);
    const activeIds = new Set(active.map((p) => p.id));
    const earns = (id: string) => !optOut.has(id) && activeIds.has(id);
    const awards: Award[] = [];
    const t = s.table;
    for (const sh of from < to ? await sharesBetween(ctx, from, to) : []) {
      if (!earns(sh.personId)) continue;
      awards.push({ personId: sh.personId, kind: 'share', points: t.share, sourceKey: `share:${sh.id}` });
      if (sh.personalised)
        awards.push({ personId: sh.personId, kind: 'personalised', points: t.personalised, sourceKey: `personalised:${sh.id}` });
    }
    const passed = await ctx.db
      .select({ personId: quizAttempts.personId, programmeId: quizAttempts.programmeId })
      .from(quizAttempts)
      .where(
        ofOrg(
          ctx,
          quizAttempts,
          eq(quizAttempts.passed, true),
          gte(quizAttempts.createdAt, s.enabledAt),
          lt(quizAttempts.createdAt, to),
        ),
      );
    for (const q of passed)
      if (earns(q.personId))
        awards.push({ personId: q.personId, kind: 'quiz', points: t.quiz, sourceKey: `quiz:${q.programmeId}:${q.personId}` });
    // Whole UTC days after the one recognition was switched on, closed for at least the grace period.
    const firstDay = dayOf(
      new Date(Math.max(new Date(`${dayOf(s.enabledAt)}T00:00:00Z`).getTime() + DAY, now.getTime() - RECHECK_DAYS * DAY)),
    );
    const endDay = dayOf(new Date(now.getTime() - GRACE_MS));
    if (firstDay < endDay && t.click > 0) {
      const own = await ctx.db
        .select({ personId: sharerVisitors.personId, day: sharerVisitors.day, visitorHash: sharerVisitors.visitorHash })
        .from(sharerVisitors)
        .where(ofOrg(ctx, sharerVisitors, gte(sharerVisitors.day, firstDay), lt(sharerVisitors.day, endDay)));
      for (const v of await uniqueVisitorsPerLinkDay(ctx, firstDay, endDay, own)) {
        if (!earns(v.personId)) continue;
        const points = Math.min(v.visitors, t.clickCapPerShareDay) * t.click;
        if (points > 0) awards.push({ personId: v.personId, kind: 'click', points, sourceKey: `click:${v.linkId}:${v.day}` });
      }
    }
    await insertAwards(ctx, awards);
    await awardBadges(ctx, earns);
    await ctx.db.update(recognition).set({ computedUntil: to, lastError: null }).where(eq(recognition.orgId, orgId));
    await ctx.db
      .delete(sharerVisitors)
      .where(ofOrg(ctx, sharerVisitors, lt(sharerVisitors.day, dayOf(new Date(now.getTime() - 7 * DAY)))));
    return awards.length;
  } catch (err) {
    await ctx.db
      .update(recognition)
      .set({ lastError: String((err as Error).message ?? err).slice(0, 500) })
      .where(eq(recognition.orgId, orgId));
    throw err;
  }
}

/** First share, ten personalised shares, a full term: each once per person. */
async function awardBadges(ctx: Ctx, earns: (id: string) => boolean) {
  const counts = await ctx.db
    .select({
      personId: pointsLedger.personId,
      shares: sql<number>`count(*) filter (where ${pointsLedger.kind} = 'share')::int`,
      personalised: sql<number>`count(*) filter (where ${pointsLedger.kind} = 'personalised')::int`,
    })
    .from(pointsLedger)
    .where(ofOrg(ctx, pointsLedger, inArray(pointsLedger.kind, ['share', 'personalised'])))
    .groupBy(pointsLedger.personId);
  const alumni = await ctx.db
    .selectDistinct({ personId: members.personId })
    .from(members)
    .innerJoin(cohorts, eq(cohorts.id, members.cohortId))
    .where(ofOrg(ctx, members, and(eq(members.status, 'alumni'), eq(cohorts.status, 'ended'), isNotNull(members.endedAt))));
  const rows = [
    ...counts.filter((c) => c.shares >= 1).map((c) => ({ personId: c.personId, badge: 'first_share' as const })),
    ...counts.filter((c) => c.personalised >= 10).map((c) => ({ personId: c.personId, badge: 'ten_personalised' as const })),
    ...alumni.map((a) => ({ personId: a.personId, badge: 'full_term' as const })),
  ].filter((r) => earns(r.personId));
  for (let i = 0; i < rows.length; i += 500)
    await ctx.db
      .insert(badges)
      .values(rows.slice(i, i + 500).map((r) => ({ orgId: ctx.orgId, ...r })))
      .onConflictDoNothing();
}

/** Organisations with recognition on (the hourly job walks them). */
export async function recognitionOrgs(platform: Platform): Promise<string[]> {
  const rows = await platform.db.select({ orgId: recognition.orgId }).from(recognition).where(eq(recognition.enabled, true));
  return rows.map((r) => r.orgId);
}
