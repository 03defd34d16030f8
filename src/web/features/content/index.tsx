import { IconPencil } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const ContentListPage = lazyPage(() => import('./ContentListPage').then((m) => m.ContentListPage), {
  permission: 'content.write',
});
const PostEditorPage = lazyPage(() => import('./PostEditorPage').then((m) => m.PostEditorPage), {
  permission: 'content.write',
});
const PostStatsPage = lazyPage(() => import('./PostStatsPage').then((m) => m.PostStatsPage), {
  permission: 'content.write',
});

/** The communications editors' content hub: posts in two languages, captions, audience, review, scheduling, statistics. */
export const contentFeature: Feature = {
  routes: [
    { path: 'content', element: <ContentListPage /> },
    { path: 'content/new', element: <PostEditorPage /> },
    { path: 'content/:id', element: <PostEditorPage /> },
    { path: 'content/:id/stats', element: <PostStatsPage /> },
  ],
  nav: [
    {
      to: '/content',
      labelKey: 'content:nav',
      icon: <IconPencil size={18} aria-hidden />,
      permission: 'content.write',
      group: 'communicate',
    },
  ],
};
