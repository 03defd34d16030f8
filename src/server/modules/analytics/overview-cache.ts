import { LRUCache } from 'lru-cache';
import type { Ctx } from '../../platform/ctx';
import type { Overview, OverviewFilters } from './contract';
import { getOverview } from './get-overview';
import { resolvePeriod } from './period';
import { resolveScope } from './scope';

/** How long a computed overview serves the exports of the same view. */
export const OVERVIEW_CACHE_MS = 60_000;

const cache = new LRUCache<string, Promise<Overview>>({ max: 500, ttl: OVERVIEW_CACHE_MS });

/**
 * What makes two overviews the same: organisation, scope (a manager's team is theirs alone), reader's language (the
 * EMV formula is written in it), resolved period and filters. Checking the scope here also refuses who may not read.
 */
function keyOf(ctx: Ctx, input: OverviewFilters): string {
  const scope = resolveScope(ctx, input.scope);
  const p = resolvePeriod(input);
  const f = [input.department, input.site, input.topic, input.network];
  return JSON.stringify([ctx.orgId, scope, ctx.locale, p.from, p.to, f]);
}

/**
 * The overview the dashboard just showed, for its CSV/XLSX exports: computed once per view and kept a minute in this
 * process, so exporting six tables does not recompute the whole overview six times. Each process keeps its own copy
 * (a process that has none computes it: answers are never older than a minute, wherever a request lands); concurrent
 * requests for the same view share one computation.
 */
export function cachedOverview({ ctx, input }: { ctx: Ctx; input: OverviewFilters }): Promise<Overview> {
  const key = keyOf(ctx, input);
  const hit = cache.get(key);
  if (hit) return hit;
  const computing = getOverview({ ctx, input });
  cache.set(key, computing);
  computing.catch(() => cache.delete(key));
  return computing;
}

const inFlight = new Map<string, Promise<Overview>>();

/**
 * A freshly computed overview (the dashboard itself is always current), kept for the exports that follow. Users asking
 * for the same view while it is being computed share that computation: it started at most one computation (a tenth to a
 * few tenths of a second) before their request, and ten people opening the Monday dashboard cost one.
 */
export async function freshOverview({ ctx, input }: { ctx: Ctx; input: OverviewFilters }): Promise<Overview> {
  const key = keyOf(ctx, input);
  const running = inFlight.get(key);
  if (running) return running;
  const computing = getOverview({ ctx, input });
  inFlight.set(key, computing);
  try {
    const overview = await computing;
    cache.set(key, computing);
    return overview;
  } finally {
    inFlight.delete(key);
  }
}
