import { IconChartBar, IconNews } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { FeedPage } from './FeedPage';
import { ImpactPage } from './ImpactPage';
import { SharePage } from './SharePage';

/** The employee side of advocacy: the personal feed, the share flow and "your impact". First in the navigation. */
export const feedFeature: Feature = {
  routes: [
    { path: 'feed', element: <FeedPage /> },
    { path: 'feed/:postId', element: <SharePage /> },
    { path: 'impact', element: <ImpactPage /> },
  ],
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
