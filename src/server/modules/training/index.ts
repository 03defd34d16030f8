import type { Module } from '../../platform/module';
import { trainingJobs } from './jobs';
import { learnerRoutes } from './routes';
import { campaignRoutes } from './routes-campaign';
import { manageRoutes } from './routes-manage';
import { teamRoutes } from './routes-team';
import { xapiRoutes } from './routes-xapi';
import { seedTraining } from './seed';

export { hasCompletedTraining, listTrainingTargets, type TrainingTarget } from './targets';

/**
 * Marketing training inside the company (seed 000): an offer with a value proposition per population and one of the
 * four motivations, promoted through channels and by line managers, chosen, completed (check-in, LMS export, xAPI)
 * and judged by its learners. Voce is not an LMS: courses run elsewhere; Voce makes them wanted and measures that.
 */
export const trainingModule: Module = {
  name: 'training',
  routes: () => {
    const r = learnerRoutes();
    r.route('/', teamRoutes());
    r.route('/', manageRoutes());
    r.route('/', campaignRoutes());
    r.route('/', xapiRoutes());
    return r;
  },
  jobs: trainingJobs,
  seed: seedTraining,
};
