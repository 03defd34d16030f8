import { IconBriefcase, IconChartFunnel, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const JobsPage = lazyPage(() => import('./JobsPage').then((m) => m.JobsPage));
const JobEditorPage = lazyPage(() => import('./JobEditorPage').then((m) => m.JobEditorPage));
const PipelinePage = lazyPage(() => import('./PipelinePage').then((m) => m.PipelinePage));
const ReferPage = lazyPage(() => import('./ReferPage').then((m) => m.ReferPage));
const FunnelPage = lazyPage(() => import('./FunnelPage').then((m) => m.FunnelPage));

/**
 * Recruiting (issue 12): HR run openings and the pipeline; employees refer people and follow their referrals. The
 * public careers, job, application and status pages are server-rendered (recruiting/public-routes.ts), not SPA routes.
 */
export const recruitingFeature: Feature = {
  routes: [
    { path: 'recruiting/refer', element: <ReferPage /> },
    { path: 'recruiting/jobs', element: <JobsPage /> },
    { path: 'recruiting/jobs/new', element: <JobEditorPage /> },
    { path: 'recruiting/jobs/:id', element: <JobEditorPage /> },
    { path: 'recruiting/pipeline', element: <PipelinePage /> },
    { path: 'recruiting/funnel', element: <FunnelPage /> },
  ],
  nav: [
    {
      to: '/recruiting/refer',
      labelKey: 'recruiting:nav.refer',
      icon: <IconUserPlus size={18} aria-hidden />,
      permission: 'share',
      group: 'grow',
    },
    {
      to: '/recruiting/jobs',
      labelKey: 'recruiting:nav.jobs',
      icon: <IconBriefcase size={18} aria-hidden />,
      permission: 'recruiting.manage',
      group: 'grow',
    },
    {
      to: '/recruiting/pipeline',
      labelKey: 'recruiting:nav.pipeline',
      icon: <IconUsersGroup size={18} aria-hidden />,
      permission: 'recruiting.manage',
      group: 'grow',
    },
    {
      to: '/recruiting/funnel',
      labelKey: 'recruiting:nav.funnel',
      icon: <IconChartFunnel size={18} aria-hidden />,
      permission: 'recruiting.manage',
      group: 'grow',
    },
  ],
};
