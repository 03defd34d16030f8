import type { Module } from '../../platform/module';
import { ambassadorJobs } from './jobs';
import { entryRoutes } from './routes-entry';
import { guidelineRoutes } from './routes-guidelines';
import { memberRoutes } from './routes-members';
import { programmeOpsRoutes } from './routes-programme-ops';
import { programmeRoutes } from './routes-programmes';
import { recognitionRoutes } from './routes-recognition';

export { awardRecognitionPoints } from './award-external-points';
export { isProgrammeMember } from './is-member';
export { assertMayShare } from './sharing-guard';

/** The ambassador programme: entry with consent, screening, guidelines, readiness, cohorts and rotation, recognition, risks. */
export const ambassadorsModule: Module = {
  name: 'ambassadors',
  routes: () => {
    const r = programmeRoutes();
    r.route('/', entryRoutes());
    r.route('/', guidelineRoutes());
    r.route('/', memberRoutes());
    r.route('/', programmeOpsRoutes());
    r.route('/', recognitionRoutes());
    return r;
  },
  jobs: ambassadorJobs,
};
