import { IconMessageQuestion, IconUsersGroup } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const AnswerPage = lazyPage(() => import('./AnswerPage').then((m) => m.AnswerPage));
const ManageSurveysPage = lazyPage(() => import('./ManageSurveysPage').then((m) => m.ManageSurveysPage));
const SurveyEditorPage = lazyPage(() => import('./SurveyEditorPage').then((m) => m.SurveyEditorPage));
const TeamSurveysPage = lazyPage(() => import('./TeamSurveysPage').then((m) => m.TeamSurveysPage));
const TeamResultsPage = lazyPage(() => import('./TeamSurveysPage').then((m) => m.TeamResultsPage));
const ResultsPage = lazyPage(() => import('./ResultsPage').then((m) => m.ResultsPage));
const SurveyFeedSection = lazyPage(() => import('./SurveyFeedSection').then((m) => m.SurveyFeedSection), {
  fallback: null,
});

/** Surveys and pulses (issue 10): employees answer from the feed, HR write them and read the results. */
export const surveysFeature: Feature = {
  routes: [
    { path: 'surveys/manage', element: <ManageSurveysPage /> },
    { path: 'surveys/manage/new', element: <SurveyEditorPage /> },
    { path: 'surveys/manage/:id/edit', element: <SurveyEditorPage /> },
    { path: 'surveys/manage/:id/results', element: <ResultsPage /> },
    { path: 'surveys/team', element: <TeamSurveysPage /> },
    { path: 'surveys/team/:id', element: <TeamResultsPage /> },
    { path: 'surveys/:id/answer', element: <AnswerPage /> },
  ],
  nav: [
    {
      to: '/surveys/manage',
      labelKey: 'surveys:nav.manage',
      icon: <IconMessageQuestion size={18} aria-hidden />,
      permission: 'surveys.manage',
      group: 'listen',
    },
    {
      to: '/surveys/team',
      labelKey: 'surveys:nav.team',
      icon: <IconUsersGroup size={18} aria-hidden />,
      permission: 'surveys.team',
      group: 'listen',
    },
  ],
  feedSections: [SurveyFeedSection],
};
