import { IconPencil } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { ContentListPage } from './ContentListPage';
import { PostEditorPage } from './PostEditorPage';

/** The communications editors' content hub: posts, captions, audience, review and scheduling. */
export const contentFeature: Feature = {
  routes: [
    { path: 'content', element: <ContentListPage /> },
    { path: 'content/new', element: <PostEditorPage /> },
    { path: 'content/:id', element: <PostEditorPage /> },
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
