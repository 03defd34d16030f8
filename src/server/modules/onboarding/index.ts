import type { Module } from '../../platform/module';
import { onboardingSweep } from './jobs';
import { onboardingRoutes } from './routes';
import { seedOnboarding } from './seed';

export { type OnboardingCompletion, onboardingCompletionOf } from './completion-of';
export { onboardingTotals } from './totals';

export const onboardingModule: Module = {
  name: 'onboarding',
  routes: () => onboardingRoutes(),
  jobs: [onboardingSweep],
  seed: seedOnboarding,
};
