import { and, asc, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleById, findPeopleDetails } from '../people';
import type { MyProgrammeT } from './contract';
import { checkEligibility } from './eligibility';
import { acceptedAny, currentGuidelines, versionLabel } from './guidelines-state';
import { today } from './programme-rows';
import { readinessOf } from './readiness';
import { applications, cohorts, guidelineVersions, members, programmes } from './schema';

/**
 * The programmes as I see them: the open ones I may apply to, and every one I have a way into or a seat in, with
 * my readiness, the guidelines I must accept, a draft open for my comments and the quiz (without its answers).
 */
export async function myProgrammes({ ctx }: { ctx: Ctx; input?: undefined }): Promise<{ items: MyProgrammeT[] }> {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const en = ctx.locale === 'en';
  const [all, apps, seats, [person]] = await Promise.all([
    ctx.db.select().from(programmes).where(ofOrg(ctx, programmes)).orderBy(asc(programmes.createdAt)),
    ctx.db
      .select()
      .from(applications)
      .where(ofOrg(ctx, applications, eq(applications.personId, me.personId))),
    ctx.db
      .select({ m: members, cohort: cohorts.name, endsOn: cohorts.endsOn })
      .from(members)
      .innerJoin(cohorts, eq(cohorts.id, members.cohortId))
      .where(ofOrg(ctx, members, eq(members.personId, me.personId), inArray(members.status, ['active', 'suspended']))),
    findPeopleDetails(ctx, [me.personId]),
  ]);
  const day = today();
  const appBy = new Map(apps.map((a) => [a.programmeId, a]));
  const seatBy = new Map(seats.map((s) => [s.m.programmeId, s]));
  const shown = all.filter(
    (p) => appBy.has(p.id) || seatBy.has(p.id) || (p.open && person && checkEligibility(p.eligibility, person, day).eligible),
  );
  const ids = shown.map((p) => p.id);
  const [guidelines, consultations, nominators, invitedCohorts] = await Promise.all([
    currentGuidelines(ctx, ids),
    ids.length
      ? ctx.db
          .select()
          .from(guidelineVersions)
          .where(
            ofOrg(
              ctx,
              guidelineVersions,
              and(inArray(guidelineVersions.programmeId, ids), eq(guidelineVersions.status, 'consultation')),
            ),
          )
      : Promise.resolve([]),
    findPeopleById(
      ctx,
      apps.flatMap((a) => (a.nominatedBy ? [a.nominatedBy] : [])),
    ),
    ctx.db
      .select({ id: cohorts.id, name: cohorts.name })
      .from(cohorts)
      .where(
        ofOrg(
          ctx,
          cohorts,
          inArray(
            cohorts.id,
            apps.flatMap((a) => (a.invitedCohortId ? [a.invitedCohortId] : [])),
          ),
        ),
      ),
  ]);
  const items: MyProgrammeT[] = [];
  for (const p of shown) {
    const app = appBy.get(p.id);
    const seat = seatBy.get(p.id);
    const g = guidelines.get(p.id);
    const accepted = g ? (await acceptedAny(ctx, g.sameMajor, [me.personId])).has(me.personId) : true;
    const readiness = seat ? (await readinessOf(ctx, p, [me.personId])).get(me.personId) : undefined;
    const draft = consultations.find((c) => c.programmeId === p.id);
    items.push({
      id: p.id,
      name: p.name,
      purpose: en ? p.purposeEn || p.purposeIt : p.purposeIt || p.purposeEn,
      expectations: en ? p.expectationsEn || p.expectationsIt : p.expectationsIt || p.expectationsEn,
      open: p.open,
      eligible: !!person && checkEligibility(p.eligibility, person, day).eligible,
      application: app
        ? {
            id: app.id,
            status: app.status,
            source: app.source,
            nominatedBy: app.nominatedBy ? (nominators.get(app.nominatedBy)?.name ?? null) : null,
            nominationReason: app.nominationReason,
            decisionReason: app.decisionReason,
            decidedAt: app.decidedAt?.toISOString() ?? null,
            invitedCohort: invitedCohorts.find((c) => c.id === app.invitedCohortId)?.name ?? null,
          }
        : null,
      member:
        seat && readiness
          ? {
              id: seat.m.id,
              status: seat.m.status,
              cohort: seat.cohort,
              termEndsOn: seat.endsOn,
              suspendedReason: seat.m.suspendedReason,
              readiness,
            }
          : null,
      guidelines: g
        ? {
            versionId: g.latest.id,
            version: versionLabel(g.latest),
            html: en ? g.latest.htmlEn : g.latest.htmlIt,
            accepted,
            mustAccept: !!seat && !accepted,
          }
        : null,
      consultation: seat && draft ? { versionId: draft.id, html: en ? draft.htmlEn : draft.htmlIt } : null,
      quiz:
        seat && p.quiz
          ? {
              passMark: p.quiz.passMark,
              questions: p.quiz.questions.map((q) => ({
                text: en ? q.textEn : q.textIt,
                options: q.options.map((o) => (en ? o.textEn : o.textIt)),
              })),
            }
          : null,
    });
  }
  return { items };
}
