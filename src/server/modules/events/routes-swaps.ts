import { createRoute } from '@hono/zod-openapi';
import { requirePermission } from '../../platform/ctx';
import { createRouter, ctxOf } from '../../platform/http/router';
import { searchActivePeople } from '../people';
import { ColleagueList, ColleagueQuery, IdParams, SwapDecisionBody, SwapList, SwapProposalInput, SwapView } from './contract';
import { decideSwap } from './decide-swap';
import { listSwaps } from './list-swaps';
import { proposeSwap } from './propose-swap';
import { body, json, tags } from './route-kit';

/** Job swaps: proposed by a person, approved by both line managers, then an event for two. */
export function swapRoutes() {
  const r = createRouter();

  // GET /api/events/swaps
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/swaps',
      tags,
      summary: 'Swaps I proposed, am part of, or must approve',
      responses: json('Swaps', SwapList),
    }),
    async (c) => c.json({ swaps: await listSwaps({ ctx: ctxOf(c, 'events.join') }) }, 200),
  );

  // GET /api/events/swaps/colleagues
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/swaps/colleagues',
      tags,
      summary: 'Colleagues to propose a swap to, by name',
      request: { query: ColleagueQuery },
      responses: json('Colleagues', ColleagueList),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'events.join');
      requirePermission(ctx, 'events.join');
      return c.json({ items: await searchActivePeople(ctx, c.req.valid('query').q) }, 200);
    },
  );

  // POST /api/events/swaps
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/swaps',
      tags,
      summary: 'Propose a job swap day with a colleague of another department',
      request: body(SwapProposalInput),
      responses: json('Swap', SwapView),
    }),
    async (c) => c.json(await proposeSwap({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('json') }), 200),
  );

  // POST /api/events/swaps/{id}/decision
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/swaps/{id}/decision',
      tags,
      summary: 'A line manager approves or declines their report’s side',
      request: { params: IdParams, ...body(SwapDecisionBody) },
      responses: json('Swap', SwapView),
    }),
    async (c) =>
      c.json(
        await decideSwap({
          ctx: ctxOf(c, 'events.join'),
          input: { id: c.req.valid('param').id, approve: c.req.valid('json').approve },
        }),
        200,
      ),
  );
  return r;
}
