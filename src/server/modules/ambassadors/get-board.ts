import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleDetails } from '../people';
import { rankingOptOuts, sharesPerPerson } from '../sharing';
import type { BoardQueryT, BoardT } from './contract';
import { currentCohorts } from './programme-rows';
import { recognitionRow } from './recognition-settings';
import { badges, cohorts, members, pointsLedger, programmes } from './schema';

const DAY = 86_400_000;
const TOP = 10;

/**
 * Boards (opt-in recognition): points of the current month or term, by department, site, job family or cohort,
 * people who opted out or left never shown; executives (people with the manager role) on a board of their own when
 * the organisation asks for it. The KPI is the average per active ambassador (shared in the last 30 days), not a
 * raw total.
 */
export async function getBoard({ ctx, input }: { ctx: Ctx; input: BoardQueryT }): Promise<BoardT> {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const [settings, optOut] = await Promise.all([recognitionRow(ctx), rankingOptOuts(ctx)]);
  const [mine, myBadges] = await Promise.all([
    ctx.db
      .select({ n: sql<number>`coalesce(sum(${pointsLedger.points}), 0)::int` })
      .from(pointsLedger)
      .where(ofOrg(ctx, pointsLedger, eq(pointsLedger.personId, me.personId))),
    ctx.db
      .select({ badge: badges.badge })
      .from(badges)
      .where(ofOrg(ctx, badges, eq(badges.personId, me.personId))),
  ]);
  const base = {
    optedOut: optOut.has(me.personId),
    me: { points: Number(mine[0]?.n ?? 0), badges: myBadges.map((b) => b.badge) },
  };
  if (!settings?.enabled) return { enabled: false, averagePerActive: 0, groups: [], ...base };

  const now = new Date();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const orgProgrammes = await ctx.db.select({ id: programmes.id }).from(programmes).where(ofOrg(ctx, programmes));
  const current = [
    ...(
      await currentCohorts(
        ctx,
        orgProgrammes.map((p) => p.id),
      )
    ).values(),
  ];
  const termStart = current.length ? new Date(`${current.map((c) => c.startsOn).sort()[0]}T00:00:00Z`) : monthStart;
  const since = input.period === 'term' ? termStart : monthStart;
  const totals = await ctx.db
    .select({ personId: pointsLedger.personId, points: sql<number>`sum(${pointsLedger.points})::int` })
    .from(pointsLedger)
    .where(ofOrg(ctx, pointsLedger, gte(pointsLedger.awardedAt, since)))
    .groupBy(pointsLedger.personId);
  const people = new Map(
    (
      await findPeopleDetails(
        ctx,
        totals.map((t) => t.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const seats = current.length
    ? await ctx.db
        .select({ personId: members.personId, cohort: cohorts.name })
        .from(members)
        .innerJoin(cohorts, eq(cohorts.id, members.cohortId))
        .where(
          ofOrg(
            ctx,
            members,
            and(
              inArray(
                members.cohortId,
                current.map((c) => c.id),
              ),
              inArray(members.status, ['active', 'suspended']),
            ),
          ),
        )
    : [];
  const cohortOf = new Map(seats.map((s) => [s.personId, s.cohort]));
  const executive = (id: string) => !!people.get(id)?.roles.includes('manager');
  const wantExecutives = settings.executiveBoard && input.executives === 'true';
  const rows = totals.filter((t) => {
    const p = people.get(t.personId);
    if (p?.status !== 'active' || optOut.has(p.id)) return false;
    return settings.executiveBoard ? executive(p.id) === wantExecutives : true;
  });
  const groupOf = (id: string): string | null => {
    const p = people.get(id);
    if (input.dimension === 'all') return '';
    if (input.dimension === 'cohort') return cohortOf.get(id) ?? null;
    return p?.[input.dimension] ?? null;
  };
  const groups = new Map<string, { personId: string; name: string; points: number; me: boolean }[]>();
  for (const r of rows) {
    const g = groupOf(r.personId);
    if (g === null) continue;
    const list = groups.get(g) ?? [];
    list.push({
      personId: r.personId,
      name: people.get(r.personId)?.name ?? '',
      points: Number(r.points),
      me: r.personId === me.personId,
    });
    groups.set(g, list);
  }
  const activeAmbassadors = await sharesPerPerson(ctx, new Date(now.getTime() - 30 * DAY));
  const activePoints = rows.filter((r) => activeAmbassadors.has(r.personId)).map((r) => Number(r.points));
  return {
    enabled: true,
    averagePerActive: activeAmbassadors.size ? activePoints.reduce((s, n) => s + n, 0) / activeAmbassadors.size : 0,
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => {
        const sorted = list.sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
        const top = sorted.slice(0, TOP);
        const mineRow = sorted.find((x) => x.me);
        return { name, rows: mineRow && !top.includes(mineRow) ? [...top, mineRow] : top };
      }),
    ...base,
  };
}
