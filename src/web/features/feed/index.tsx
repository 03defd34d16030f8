import { IconChartBar, IconNews } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const FeedPage = lazyPage(() => import('./FeedPage').then((m) => m.FeedPage));
const ImpactPage = lazyPage(() => import('./ImpactPage').then((m) => m.ImpactPage));
const SharePage = lazyPage(() => import('./SharePage').then((m) => m.SharePage));
const PendingShares = lazyPage(() => import('./PendingShares').then((m) => m.PendingShares), { fallback: null });

/** The employee side of advocacy: the personal feed, the share flow and "your impact". First in the navigation. */
export const feedFeature: Feature = {
  routes: [
    { path: 'feed', element: <FeedPage /> },
    { path: 'feed/:postId', element: <SharePage /> },
    { path: 'impact', element: <ImpactPage /> },
  ],
  // "Did you post it?" for the shares started in the last days, first thing on coming back.
  feedSections: [PendingShares],
  nav: [
    { to: '/feed', labelKey: 'feed:nav.feed', icon: <IconNews size={18} aria-hidden />, permission: 'share', group: 'me' },
    {
      to: '/impact',
      labelKey: 'feed:nav.impact',
      icon: <IconChartBar size={18} aria-hidden />,
      permission: 'share',
      group: 'me',
    },
  ],
};
