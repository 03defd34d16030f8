import { adminFeature } from './features/admin';
import { analyticsFeature } from './features/analytics';
import { authFeature } from './features/auth';
import { contentFeature } from './features/content';
import { feedFeature } from './features/feed';
import { peopleFeature } from './features/people';
import { settingsFeature } from './features/settings';
import type { Feature } from './lib/feature';

/** Every feature of the app, in navigation order. A new feature is one import and one entry here. */
export const features: Feature[] = [
  authFeature,
  feedFeature,
  contentFeature,
  analyticsFeature,
  peopleFeature,
  settingsFeature,
  adminFeature,
];
