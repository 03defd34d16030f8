import { and, eq, gte, inArray, lt, ne, or } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { channelStats } from './channel-stats';
import type { MeasuresT } from './contract';
import { getTrainingSettings } from './get-settings';
import { managerEffect } from './manager-effect';
import { nameOf, orgPeople } from './org-people';
import { overdueList } from './overdue-list';
import { isEligible, populationOf } from './population';
import { Rates } from './rates';
import { propositionsOf, today } from './rows';
import { trainingEndorsements, trainingEnrolments, trainingFeedback, trainings } from './schema';

const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The L&D dashboard for a calendar year: hours and spend per employee against the benchmark, enrolment and completion
 * rates by population, motivation, department and line manager, channel performance, the manager effect, feedback
 * by motivation and overdue mandatory trainings. Hours and spend count the completions of the year; rates count
 * every person × training pair of the offer (published trainings, and those archived after being published that
 * year) where the person is eligible today.
 */
export async function getMeasures({ ctx, input }: { ctx: Ctx; input: { year?: number } }): Promise<MeasuresT> {
  requirePermission(ctx, 'training.manage');
  const year = input.year ?? new Date().getUTCFullYear();
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const [settings, people, offer] = await Promise.all([
    getTrainingSettings(ctx),
    orgPeople(ctx),
    ctx.db
      .select()
      .from(trainings)
      .where(
        ofOrg(
          ctx,
          trainings,
          or(
            eq(trainings.status, 'published'),
            and(eq(trainings.status, 'archived'), gte(trainings.publishedAt, from), lt(trainings.publishedAt, to)),
          ),
        ),
      ),
  ]);
  const all = await ctx.db
    .select()
    .from(trainings)
    .where(ofOrg(ctx, trainings, ne(trainings.status, 'draft')));
  const ids = all.map((t) => t.id);
  const [enrolments, endorsements, props, feedback] = await Promise.all([
    ids.length
      ? ctx.db
          .select()
          .from(trainingEnrolments)
          .where(ofOrg(ctx, trainingEnrolments, inArray(trainingEnrolments.trainingId, ids)))
      : [],
    ids.length
      ? ctx.db
          .select()
          .from(trainingEndorsements)
          .where(ofOrg(ctx, trainingEndorsements, inArray(trainingEndorsements.trainingId, ids)))
      : [],
    propositionsOf(ctx, ids),
    ctx.db
      .select({ trainingId: trainingFeedback.trainingId, usefulness: trainingFeedback.usefulness })
      .from(trainingFeedback)
      .where(ofOrg(ctx, trainingFeedback, gte(trainingFeedback.createdAt, from), lt(trainingFeedback.createdAt, to))),
  ]);
  const byId = new Map(all.map((t) => [t.id, t]));

  let hours = 0;
  let spend = 0;
  for (const e of enrolments) {
    const t = byId.get(e.trainingId);
    if (!t || !e.completedAt || e.completedAt < from || e.completedAt >= to) continue;
    hours += t.durationMinutes / 60;
    spend += t.costCents / 100;
  }

  const day = today();
  const enrolmentOf = new Map(enrolments.map((e) => [`${e.trainingId}|${e.personId}`, e]));
  const endorsed = new Set(endorsements.map((e) => `${e.trainingId}|${e.managerId}`));
  const rates = { population: new Rates(), motivation: new Rates(), department: new Rates(), manager: new Rates() };
  const effect = { endorsed: { people: 0, enrolled: 0 }, notEndorsed: { people: 0, enrolled: 0 } };
  for (const t of offer) {
    const rules = props.get(t.id) ?? [];
    for (const p of people.list) {
      if (!isEligible(rules, p, day)) continue;
      const e = enrolmentOf.get(`${t.id}|${p.id}`);
      const completed = !!e?.completedAt;
      const enrolled = completed || (!!e && ['enrolled', 'pending', 'waitlisted'].includes(e.status));
      const manager = people.hierarchy.lineManagerOf(p.id);
      rates.population.add(populationOf(rules, p, day)?.label ?? '', enrolled, completed);
      rates.motivation.add(t.motivation, enrolled, completed);
      rates.department.add(p.department ?? '', enrolled, completed);
      rates.manager.add(nameOf(people, manager) ?? '', enrolled, completed);
      if (!manager) continue;
      const group = endorsed.has(`${t.id}|${manager}`) ? effect.endorsed : effect.notEndorsed;
      group.people++;
      if (enrolled) group.enrolled++;
    }
  }
  const motivationScores = new Map<string, number[]>();
  for (const f of feedback) {
    const m = byId.get(f.trainingId)?.motivation;
    if (m) motivationScores.set(m, [...(motivationScores.get(m) ?? []), f.usefulness]);
  }
  const headcount = people.list.length;
  return {
    year,
    headcount,
    currency: settings.currency,
    hours: { total: round(hours), perEmployee: headcount ? round(hours / headcount) : null },
    spend: { total: round(spend), perEmployee: headcount ? round(spend / headcount) : null },
    benchmark: {
      hours: settings.benchmarkHours,
      spend: settings.benchmarkSpend,
      currency: settings.benchmarkCurrency,
      comparable: settings.benchmarkCurrency === settings.currency,
    },
    rates: {
      byPopulation: rates.population.list(),
      byMotivation: rates.motivation.list(),
      byDepartment: rates.department.list(),
      byManager: rates.manager.list(50),
    },
    channels: await channelStats(
      ctx,
      offer.map((t) => t.id),
      { from, to },
    ),
    managerEffect: managerEffect(effect.endorsed, effect.notEndorsed),
    feedbackByMotivation: [...motivationScores].map(([key, xs]) => ({ key, count: xs.length, average: avg(xs) })),
    overdue: await overdueList(ctx, people, offer, props, enrolments),
  };
}
