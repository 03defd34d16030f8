import { IconChecklist } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const BoardPage = lazyPage(() => import('./BoardPage').then((m) => m.BoardPage));

/** The "you said, we did" board (issue 10), open to every employee: it closes the feedback loop. */
export const actionsFeature: Feature = {
  routes: [{ path: 'actions', element: <BoardPage /> }],
  nav: [{ to: '/actions', labelKey: 'actions:nav', icon: <IconChecklist size={18} aria-hidden />, group: 'listen' }],
};
