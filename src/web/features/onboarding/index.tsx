import { IconRoute } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const JourneysPage = lazyPage(() => import('./JourneysPage').then((m) => m.JourneysPage));
const OnboardingFeedSection = lazyPage(() => import('./OnboardingFeedSection').then((m) => m.OnboardingFeedSection), {
  fallback: null,
});

/** Onboarding journeys (issue 10): the new hire's next steps on the feed; HR follow every journey. */
export const onboardingFeature: Feature = {
  routes: [{ path: 'onboarding', element: <JourneysPage /> }],
  nav: [
    {
      to: '/onboarding',
      labelKey: 'onboarding:nav',
      icon: <IconRoute size={18} aria-hidden />,
      permission: 'onboarding.manage',
      group: 'manage',
    },
  ],
  feedSections: [OnboardingFeedSection],
};
