import { IconMicrophone2 } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const QaListPage = lazyPage(() => import('./QaListPage').then((m) => m.QaListPage));
const QaSessionPage = lazyPage(() => import('./QaSessionPage').then((m) => m.QaSessionPage));

/** Ask leadership (issue 10): questions named or anonymous, upvoted by colleagues, moderated, answered by leaders. */
export const qaFeature: Feature = {
  routes: [
    { path: 'qa', element: <QaListPage /> },
    { path: 'qa/:id', element: <QaSessionPage /> },
  ],
  nav: [{ to: '/qa', labelKey: 'qa:nav', icon: <IconMicrophone2 size={18} aria-hidden />, group: 'listen' }],
};
