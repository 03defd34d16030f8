import { IconChartBar, IconUsersGroup } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const load = () => import('./AnalyticsPage').then((m) => m.AnalyticsPage);
const AnalyticsPage = lazyPage(load, { permission: 'analytics.read' });
const TeamAnalyticsPage = lazyPage(load, { permission: 'analytics.team' });

/*
 * Two entries, two pages: "Analytics" (analytics.read: admin, editor, HR — the whole organisation) and "My team's
 * analytics" (analytics.team: managers, and admins who also manage people). A nav item takes one permission and
 * admins hold both, so one shared page would appear twice for them; a distinct team page does not.
 */
export const analyticsFeature: Feature = {
  routes: [
    { path: 'analytics', element: <AnalyticsPage scope="org" /> },
    { path: 'team-analytics', element: <TeamAnalyticsPage scope="team" /> },
  ],
  nav: [
    {
      to: '/analytics',
      labelKey: 'analytics:nav',
      icon: <IconChartBar size={18} aria-hidden />,
      permission: 'analytics.read',
      group: 'manage',
    },
    {
      to: '/team-analytics',
      labelKey: 'analytics:navTeam',
      icon: <IconUsersGroup size={18} aria-hidden />,
      permission: 'analytics.team',
    },
  ],
};
