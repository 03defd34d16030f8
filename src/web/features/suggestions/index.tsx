import { IconBulb, IconInbox } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const SuggestionsPage = lazyPage(() => import('./SuggestionsPage').then((m) => m.SuggestionsPage));
const ThreadPage = lazyPage(() => import('./ThreadPage').then((m) => m.ThreadPage));
const ManageSuggestionsPage = lazyPage(() => import('./ManageSuggestionsPage').then((m) => m.ManageSuggestionsPage));

/** The suggestion box that replies (issue 10): named or anonymous, with a thread HR answer. */
export const suggestionsFeature: Feature = {
  routes: [
    { path: 'suggestions', element: <SuggestionsPage /> },
    { path: 'suggestions/manage', element: <ManageSuggestionsPage /> },
    { path: 'suggestions/:id', element: <ThreadPage /> },
  ],
  nav: [
    { to: '/suggestions', labelKey: 'suggestions:nav.box', icon: <IconBulb size={18} aria-hidden />, group: 'listen' },
    {
      to: '/suggestions/manage',
      labelKey: 'suggestions:nav.manage',
      icon: <IconInbox size={18} aria-hidden />,
      permission: 'suggestions.manage',
      group: 'listen',
    },
  ],
};
