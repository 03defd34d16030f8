import type { JourneyStepT } from './journey-api';

// Literal keys (the catalogue check finds them in the code).
export const journeyStepKeys: Record<JourneyStepT, string> = {
  views: 'recruiting:journey.steps.views',
  applied: 'recruiting:journey.steps.applied',
  interview: 'recruiting:journey.steps.interview',
  offer: 'recruiting:journey.steps.offer',
  hired: 'recruiting:journey.steps.hired',
  onboarded: 'recruiting:journey.steps.onboarded',
  advocates: 'recruiting:journey.steps.advocates',
};
