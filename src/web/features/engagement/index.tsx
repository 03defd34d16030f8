import { IconGauge } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const EngagementPage = lazyPage(() => import('./EngagementPage').then((m) => m.EngagementPage));

/** The internal marketing dashboard (issue 10): reach, acknowledgement, participation, eNPS, suggestions, onboarding. */
export const engagementFeature: Feature = {
  routes: [{ path: 'engagement', element: <EngagementPage /> }],
  nav: [
    {
      to: '/engagement',
      labelKey: 'engagement:nav',
      icon: <IconGauge size={18} aria-hidden />,
      permission: 'listening.read',
      group: 'listen',
    },
  ],
};
