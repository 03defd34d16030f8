import { actionsFeature } from './features/actions';
import { adminFeature } from './features/admin';
import { ambassadorsFeature } from './features/ambassadors';
import { analyticsFeature } from './features/analytics';
import { authFeature } from './features/auth';
import { contentFeature } from './features/content';
import { engagementFeature } from './features/engagement';
import { eventsFeature } from './features/events';
import { feedFeature } from './features/feed';
import { newsFeature } from './features/news';
import { onboardingFeature } from './features/onboarding';
import { peopleFeature } from './features/people';
import { qaFeature } from './features/qa';
import { recruitingFeature } from './features/recruiting';
import { settingsFeature } from './features/settings';
import { storiesFeature } from './features/stories';
import { suggestionsFeature } from './features/suggestions';
import { surveysFeature } from './features/surveys';
import { trainingFeature } from './features/training';
import type { Feature } from './lib/feature';

/** Every feature of the app, in navigation order. A new feature is one import and one entry here. */
export const features: Feature[] = [
  authFeature,
  feedFeature,
  storiesFeature,
  eventsFeature,
  contentFeature,
  newsFeature,
  analyticsFeature,
  surveysFeature,
  suggestionsFeature,
  qaFeature,
  actionsFeature,
  engagementFeature,
  onboardingFeature,
  ambassadorsFeature,
  trainingFeature,
  recruitingFeature,
  peopleFeature,
  settingsFeature,
  adminFeature,
];
