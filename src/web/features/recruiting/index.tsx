import { IconBriefcase, IconChartFunnel, IconRefreshDot, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const JobsPage = lazyPage(() => import('./JobsPage').then((m) => m.JobsPage));
const JobEditorPage = lazyPage(() => import('./JobEditorPage').then((m) => m.JobEditorPage));
const PipelinePage = lazyPage(() => import('./PipelinePage').then((m) => m.PipelinePage));
const ReferPage = lazyPage(() => import('./ReferPage').then((m) => m.ReferPage));
const FunnelPage = lazyPage(() => import('./FunnelPage').then((m) => m.FunnelPage));
const JourneyPage = lazyPage(() => import('./JourneyPage').then((m) => m.JourneyPage));
const QuestionsPage = lazyPage(() => import('./QuestionsPage').then((m) => m.QuestionsPage));
const ShortlistPage = lazyPage(() => import('./ShortlistPage').then((m) => m.ShortlistPage));
const CandidateInterviewPage = lazyPage(() => import('./CandidateInterviewPage').then((m) => m.CandidateInterviewPage));

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
    { path: 'recruiting/journey', element: <JourneyPage /> },
    { path: 'recruiting/jobs/:id/interview', element: <QuestionsPage /> },
    { path: 'recruiting/jobs/:id/shortlist', element: <ShortlistPage /> },
  ],
  // The candidate's interview (no account: their magic-link session), outside the signed-in frame.
  publicRoutes: [{ path: '/interview/:slug', element: <CandidateInterviewPage /> }],
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
    {
      to: '/recruiting/journey',
      labelKey: 'recruiting:nav.journey',
      icon: <IconRefreshDot size={18} aria-hidden />,
      permission: 'recruiting.manage',
      group: 'grow',
    },
  ],
};
