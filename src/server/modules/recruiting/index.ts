import type { Module } from '../../platform/module';
import { candidateRoutes } from './candidate-routes';
import { recruitingJobs } from './jobs';
import { publicRoutes } from './public-routes';
import { referralRoutes } from './referral-routes';
import { jobRoutes } from './routes-jobs';
import { pipelineRoutes } from './routes-pipeline';
import { referralApiRoutes } from './routes-referrals';
import { seedRecruiting } from './seed';

/**
 * Recruiting (issue 12, first half): openings with a public, server-rendered careers page (Open Graph, JobPosting
 * JSON-LD), jobs shared through the advocacy loop with the sharer credited, applications without an account, referrals
 * with consent and a points ladder, a reviewed pipeline with outcomes for everyone, funnel analytics, retention.
 */
export const recruitingModule: Module = {
  name: 'recruiting',
  routes: () => {
    const r = jobRoutes();
    r.route('/', pipelineRoutes());
    r.route('/', referralApiRoutes());
    r.route('/', publicRoutes());
    r.route('/', candidateRoutes());
    r.route('/', referralRoutes());
    return r;
  },
  jobs: recruitingJobs,
  seed: seedRecruiting,
};
