import { IconNews, IconPencil } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const NewsPage = lazyPage(() => import('./NewsPage').then((m) => m.NewsPage));
const NewsItemPage = lazyPage(() => import('./NewsItemPage').then((m) => m.NewsItemPage));
const ManageNewsPage = lazyPage(() => import('./ManageNewsPage').then((m) => m.ManageNewsPage));
const NewsEditorPage = lazyPage(() => import('./NewsEditorPage').then((m) => m.NewsEditorPage));
const NewsStatsPage = lazyPage(() => import('./NewsStatsPage').then((m) => m.NewsStatsPage));
const NewsFeedSection = lazyPage(() => import('./NewsFeedSection').then((m) => m.NewsFeedSection), { fallback: null });

/** Internal news (issue 10): must-reads acknowledged from the feed, their authors see read and acknowledgement rates. */
export const newsFeature: Feature = {
  routes: [
    { path: 'news', element: <NewsPage /> },
    { path: 'news/manage', element: <ManageNewsPage /> },
    { path: 'news/manage/new', element: <NewsEditorPage /> },
    { path: 'news/manage/:id', element: <NewsEditorPage /> },
    { path: 'news/manage/:id/stats', element: <NewsStatsPage /> },
    { path: 'news/:id', element: <NewsItemPage /> },
  ],
  nav: [
    { to: '/news', labelKey: 'news:nav.read', icon: <IconNews size={18} aria-hidden />, group: 'communicate' },
    {
      to: '/news/manage',
      labelKey: 'news:nav.manage',
      icon: <IconPencil size={18} aria-hidden />,
      permission: 'news.write',
      group: 'communicate',
    },
  ],
  feedSections: [NewsFeedSection],
};
