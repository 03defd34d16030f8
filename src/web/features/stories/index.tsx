import { IconCheckupList, IconPhotoHeart } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const MyStoriesPage = lazyPage(() => import('./MyStoriesPage').then((m) => m.MyStoriesPage));
const SubmitStoryPage = lazyPage(() => import('./SubmitStoryPage').then((m) => m.SubmitStoryPage));
const TaggedPage = lazyPage(() => import('./TaggedPage').then((m) => m.TaggedPage));
const ModerationPage = lazyPage(() => import('./ModerationPage').then((m) => m.ModerationPage));
const StoryPage = lazyPage(() => import('./StoryPage').then((m) => m.StoryPage));

/** Employee stories (issue 9): told from the phone, moderated by comms, published as posts credited to their authors. */
export const storiesFeature: Feature = {
  routes: [
    { path: 'stories', element: <MyStoriesPage /> },
    { path: 'stories/new', element: <SubmitStoryPage /> },
    { path: 'stories/tagged', element: <TaggedPage /> },
    { path: 'stories/moderate', element: <ModerationPage /> },
    { path: 'stories/:id/edit', element: <SubmitStoryPage /> },
    { path: 'stories/:id', element: <StoryPage /> },
  ],
  nav: [
    { to: '/stories', labelKey: 'stories:nav.mine', icon: <IconPhotoHeart size={18} aria-hidden />, group: 'me' },
    {
      to: '/stories/moderate',
      labelKey: 'stories:nav.moderate',
      icon: <IconCheckupList size={18} aria-hidden />,
      permission: 'content.approve',
      group: 'communicate',
    },
  ],
};
