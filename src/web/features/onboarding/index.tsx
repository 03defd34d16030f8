import { IconRoute } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const JourneysPage = lazyPage(() => import('./JourneysPage').then((m) => m.JourneysPage));
const TemplatesPage = lazyPage(() => import('./TemplatesPage').then((m) => m.TemplatesPage));
const TemplateEditorPage = lazyPage(() => import('./TemplateEditorPage').then((m) => m.TemplateEditorPage));
const OnboardingFeedSection = lazyPage(() => import('./OnboardingFeedSection').then((m) => m.OnboardingFeedSection), {
  fallback: null,
});

/** Onboarding journeys (issue 10): the new hire's next steps on the feed; HR follow every journey. */
export const onboardingFeature: Feature = {
  routes: [
    { path: 'onboarding', element: <JourneysPage /> },
    { path: 'onboarding/templates', element: <TemplatesPage /> },
    { path: 'onboarding/templates/new', element: <TemplateEditorPage /> },
    { path: 'onboarding/templates/:id', element: <TemplateEditorPage /> },
  ],
  nav: [
    {
      to: '/onboarding',
      labelKey: 'onboarding:nav',
      icon: <IconRoute size={18} aria-hidden />,
      permission: ['onboarding.manage', 'analytics.team'],
      group: 'manage',
    },
  ],
  feedSections: [OnboardingFeedSection],
};
