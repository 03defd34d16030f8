import type { Module } from '../../platform/module';
import { candidateInterviewRoutes } from './candidate-interview-routes';
import { candidateRoutes } from './candidate-routes';
import { recruitingJobs } from './jobs';
import { publicRoutes } from './public-routes';
import { referralRoutes } from './referral-routes';
import { interviewRoutes } from './routes-interviews';
import { jobRoutes } from './routes-jobs';
import { journeyRoutes } from './routes-journey';
import { pipelineRoutes } from './routes-pipeline';
import { promptRoutes } from './routes-prompt';
import { questionRoutes } from './routes-questions';
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
    r.route('/', journeyRoutes());
    r.route('/', referralApiRoutes());
    r.route('/', publicRoutes());
    r.route('/', questionRoutes());
    r.route('/', promptRoutes());
    r.route('/', interviewRoutes());
    // Before the status routes: /status/interview must not be taken for a magic-link token.
    r.route('/', candidateInterviewRoutes());
    r.route('/', candidateRoutes());
    r.route('/', referralRoutes());
    return r;
  },
  jobs: recruitingJobs,
  seed: seedRecruiting,
};
