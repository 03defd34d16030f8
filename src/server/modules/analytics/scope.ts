import { type AnyColumn, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { forbidden } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { people } from '../people/schema';
import { shares } from '../sharing/schema';
import type { OverviewFilters } from './contract';

export type Scope = { kind: 'org' } | { kind: 'team'; managerId: string };

/**
 * analytics.read sees the whole organisation (unless it asks for its own team); analytics.team sees only the team,
 * whatever it asks for. System jobs (no actor) see the organisation.
 */
export function resolveScope(ctx: Ctx, requested: OverviewFilters['scope']): Scope {
  const actor = ctx.actor;
  if (!actor) return { kind: 'org' };
  if (can(actor.roles, 'analytics.read') && requested !== 'team') return { kind: 'org' };
  if (can(actor.roles, 'analytics.team')) return { kind: 'team', managerId: actor.personId };
  throw forbidden();
}

/** Ids of everyone whose manager chain leads to the manager (not the manager themselves). UNION stops on cycles. */
export function teamIds(ctx: Ctx, managerId: string): SQL {
  return sql`(with recursive team(id) as (
    select id from people where org_id = ${ctx.orgId} and manager_id = ${managerId}
    union
    select p.id from people p join team t on p.manager_id = t.id where p.org_id = ${ctx.orgId}
  ) select id from team)`;
}

const teamCond = (ctx: Ctx, scope: Scope, col: AnyColumn) =>
  scope.kind === 'team' ? sql`${col} in ${teamIds(ctx, scope.managerId)}` : undefined;

const topicCond = (ctx: Ctx, topic: string | undefined, postId: AnyColumn) =>
  topic
    ? sql`exists (select 1 from posts tp where tp.id = ${postId} and tp.org_id = ${ctx.orgId} and ${topic} = any(tp.topics))`
    : undefined;

/** Shares in [start, end) matching the filters; `facets: false` leaves department/site to the people side. */
export function shareWhere(ctx: Ctx, f: OverviewFilters, scope: Scope, start: Date, end: Date, facets = true): SQL {
  return ofOrg(
    ctx,
    shares,
    gte(shares.createdAt, start),
    lt(shares.createdAt, end),
    facets && f.department ? eq(shares.department, f.department) : undefined,
    facets && f.site ? eq(shares.site, f.site) : undefined,
    f.network ? eq(shares.network, f.network) : undefined,
    topicCond(ctx, f.topic, shares.postId),
    teamCond(ctx, scope, shares.personId),
  );
}

/** Eligible people: active accounts in scope, by their current department and site. */
export function eligibleWhere(ctx: Ctx, f: OverviewFilters, scope: Scope): SQL {
  return ofOrg(
    ctx,
    people,
    eq(people.status, 'active'),
    f.department ? eq(people.department, f.department) : undefined,
    f.site ? eq(people.site, f.site) : undefined,
    teamCond(ctx, scope, people.id),
  );
}
