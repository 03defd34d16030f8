import { IconChartPie, IconSchool, IconSettingsCog, IconUsersGroup } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const CataloguePage = lazyPage(() => import('./CataloguePage').then((m) => m.CataloguePage));
const TrainingPage = lazyPage(() => import('./TrainingPage').then((m) => m.TrainingPage));
const RosterPage = lazyPage(() => import('./RosterPage').then((m) => m.RosterPage));
const TeamPage = lazyPage(() => import('./TeamPage').then((m) => m.TeamPage));
const TeamTrainingPage = lazyPage(() => import('./TeamTrainingPage').then((m) => m.TeamTrainingPage));
const ManageListPage = lazyPage(() => import('./ManageListPage').then((m) => m.ManageListPage));
const TrainingEditorPage = lazyPage(() => import('./TrainingEditorPage').then((m) => m.TrainingEditorPage));
const CompletionsPage = lazyPage(() => import('./CompletionsPage').then((m) => m.CompletionsPage));
const MeasuresPage = lazyPage(() => import('./MeasuresPage').then((m) => m.MeasuresPage));
const TrainingFeedSection = lazyPage(() => import('./TrainingFeedSection').then((m) => m.TrainingFeedSection), {
  fallback: null,
});

/**
 * Training marketed like a product (seed 000): learners see the offer through their population's value proposition,
 * managers promote it to their team, L&D run the offer, its campaign and its measures.
 */
export const trainingFeature: Feature = {
  routes: [
    { path: 'training', element: <CataloguePage /> },
    { path: 'training/team', element: <TeamPage /> },
    { path: 'training/team/:id', element: <TeamTrainingPage /> },
    { path: 'training/manage', element: <ManageListPage /> },
    { path: 'training/manage/new', element: <TrainingEditorPage /> },
    { path: 'training/manage/:id', element: <TrainingEditorPage /> },
    { path: 'training/completions', element: <CompletionsPage /> },
    { path: 'training/measures', element: <MeasuresPage /> },
    { path: 'training/sessions/:id', element: <RosterPage /> },
    { path: 'training/:id', element: <TrainingPage /> },
  ],
  nav: [
    {
      to: '/training',
      labelKey: 'training:nav.mine',
      icon: <IconSchool size={18} aria-hidden />,
      permission: 'training.learn',
      group: 'grow',
    },
    {
      to: '/training/team',
      labelKey: 'training:nav.team',
      icon: <IconUsersGroup size={18} aria-hidden />,
      permission: 'training.team',
      group: 'grow',
    },
    {
      to: '/training/manage',
      labelKey: 'training:nav.manage',
      icon: <IconSettingsCog size={18} aria-hidden />,
      permission: 'training.manage',
      group: 'grow',
    },
    {
      to: '/training/measures',
      labelKey: 'training:nav.measures',
      icon: <IconChartPie size={18} aria-hidden />,
      permission: 'training.manage',
      group: 'grow',
    },
  ],
  feedSections: [TrainingFeedSection],
};
