import { IconChartDots3, IconSpeakerphone } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const MyProgrammesPage = lazyPage(() => import('./MyProgrammesPage').then((m) => m.MyProgrammesPage));
const ApplyPage = lazyPage(() => import('./ApplyPage').then((m) => m.ApplyPage));
const GuidelinesPage = lazyPage(() => import('./GuidelinesPage').then((m) => m.GuidelinesPage));
const QuizPage = lazyPage(() => import('./QuizPage').then((m) => m.QuizPage));
const ProgrammeListPage = lazyPage(() => import('./ProgrammeListPage').then((m) => m.ProgrammeListPage));
const ProgrammeEditorPage = lazyPage(() => import('./ProgrammeEditorPage').then((m) => m.ProgrammeEditorPage));
const ProgrammeAdminPage = lazyPage(() => import('./ProgrammeAdminPage').then((m) => m.ProgrammeAdminPage));
const AmbassadorFeedSection = lazyPage(() => import('./AmbassadorFeedSection').then((m) => m.AmbassadorFeedSection), {
  fallback: null,
});

/**
 * The ambassador programme (issue 8): employees apply or accept a nomination, agree the guidelines and get ready;
 * comms and HR run programmes, screen candidates, version the guidelines, plan the rotation and watch the risks.
 */
export const ambassadorsFeature: Feature = {
  routes: [
    { path: 'ambassadors', element: <MyProgrammesPage /> },
    { path: 'ambassadors/:id', element: <MyProgrammesPage /> },
    { path: 'ambassadors/:id/apply', element: <ApplyPage /> },
    { path: 'ambassadors/:id/guidelines', element: <GuidelinesPage /> },
    { path: 'ambassadors/:id/quiz', element: <QuizPage /> },
    { path: 'programmes', element: <ProgrammeListPage /> },
    { path: 'programmes/new', element: <ProgrammeEditorPage /> },
    { path: 'programmes/:id/edit', element: <ProgrammeEditorPage /> },
    { path: 'programmes/:id', element: <ProgrammeAdminPage /> },
  ],
  nav: [
    {
      to: '/ambassadors',
      labelKey: 'ambassadors:nav.mine',
      icon: <IconSpeakerphone size={18} aria-hidden />,
      permission: 'share',
      group: 'me',
    },
    {
      to: '/programmes',
      labelKey: 'ambassadors:nav.manage',
      icon: <IconChartDots3 size={18} aria-hidden />,
      permission: 'programme.nominate',
      group: 'communicate',
    },
  ],
  feedSections: [AmbassadorFeedSection],
};
