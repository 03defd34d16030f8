import { eq, or, type SQL, sql } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import type { Audience } from '../content';
import { findProfile } from '../people';
import { events, eventTargets } from './schema';

/** The signed-in person as an audience (the same attributes content posts are aimed at). */
export async function audienceOf(ctx: Ctx): Promise<Audience> {
  const actor = actorOf(ctx);
  const p = await findProfile(ctx, actor.personId);
  return { personId: actor.personId, department: p?.department ?? null, site: p?.site ?? null, languages: [] };
}

/**
 * A published event aimed at the person: everyone, or any matching target row (department, site or the person),
 * the rule of content posts (content/visible-posts.ts). Events are bilingual, so languages do not filter.
 */
export function eventVisibleTo(ctx: Pick<Ctx, 'orgId'>, who: Audience): SQL {
  const targeted = sql`exists (select 1 from ${eventTargets} where ${eventTargets.eventId} = ${events.id} and (
      (${eventTargets.kind} = 'department' and ${eventTargets.value} = ${who.department ?? ''})
      or (${eventTargets.kind} = 'site' and ${eventTargets.value} = ${who.site ?? ''})
      or (${eventTargets.kind} = 'person' and ${eventTargets.value} = ${who.personId})))`;
  return ofOrg(ctx, events, eq(events.status, 'published'), or(eq(events.targetAll, true), targeted));
}

/** The same rule as eventVisibleTo, reading the person's department and site in the query (one round trip). */
export function eventVisibleToPerson(ctx: Pick<Ctx, 'orgId'>, personId: string): SQL {
  const targeted = sql`exists (select 1 from ${eventTargets} t join people p on p.id = ${personId} and p.org_id = ${ctx.orgId}
      where t.event_id = ${events.id} and (
        (t.kind = 'department' and t.value = coalesce(p.department, ''))
        or (t.kind = 'site' and t.value = coalesce(p.site, ''))
        or (t.kind = 'person' and t.value = ${personId})))`;
  return ofOrg(ctx, events, eq(events.status, 'published'), or(eq(events.targetAll, true), targeted));
}
