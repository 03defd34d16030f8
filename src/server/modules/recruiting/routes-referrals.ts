import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { HrReferrals, MyReferrals, ReferralBody, ReferralCreated, RewardList, RewardParams } from './contract';
import { createReferral } from './create-referral';
import { approveReward, hrReferrals, listRewards, myReferrals } from './referral-views';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];

export function referralApiRoutes() {
  const r = createRouter();

  // POST /api/recruiting/referrals
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/referrals',
      tags,
      summary: 'Recommend someone for an open job (they are asked to consent by e-mail)',
      request: { body: { ...json(ReferralBody), required: true } },
      responses: { 200: { description: 'Referred', ...json(ReferralCreated) }, ...errorResponses },
    }),
    async (c) => c.json(await createReferral({ ctx: ctxOf(c, 'share'), input: c.req.valid('json') }), 200),
  );

  // GET /api/recruiting/referrals/mine
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/referrals/mine',
      tags,
      summary: 'My referrals and their stage, my points',
      responses: { 200: { description: 'Referrals', ...json(MyReferrals) }, ...errorResponses },
    }),
    async (c) => c.json(await myReferrals({ ctx: ctxOf(c, 'share') }), 200),
  );

  // GET /api/recruiting/referrals
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/referrals',
      tags,
      summary: "Every referral (HR; the candidate's details only after consent)",
      responses: { 200: { description: 'Referrals', ...json(HrReferrals) }, ...errorResponses },
    }),
    async (c) => c.json(await hrReferrals({ ctx: ctxOf(c, 'recruiting.manage') }), 200),
  );

  // GET /api/recruiting/rewards
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/rewards',
      tags,
      summary: 'Staged referral rewards',
      responses: { 200: { description: 'Rewards', ...json(RewardList) }, ...errorResponses },
    }),
    async (c) => c.json(await listRewards({ ctx: ctxOf(c, 'recruiting.manage') }), 200),
  );

  // POST /api/recruiting/rewards/{id}/approve
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/rewards/{id}/approve',
      tags,
      summary: 'Approve a staged reward (once)',
      request: { params: RewardParams },
      responses: { 200: { description: 'Rewards', ...json(RewardList) }, ...errorResponses },
    }),
    async (c) => c.json(await approveReward({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );

  return r;
}
