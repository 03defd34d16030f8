import { IconUsers } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const ImportPage = lazyPage(() => import('./ImportPage').then((m) => m.ImportPage), { permission: 'people.write' });
const PeopleListPage = lazyPage(() => import('./PeopleListPage').then((m) => m.PeopleListPage), {
  permission: 'people.read',
});
const PersonPage = lazyPage(() => import('./PersonPage').then((m) => m.PersonPage), { permission: 'people.read' });

/** The people directory for HR and administrators: list, edit, CSV import and export, invitations. */
export const peopleFeature: Feature = {
  routes: [
    { path: 'people', element: <PeopleListPage /> },
    { path: 'people/import', element: <ImportPage /> },
    { path: 'people/new', element: <PersonPage /> },
    { path: 'people/:id', element: <PersonPage /> },
  ],
  nav: [
    {
      to: '/people',
      labelKey: 'people:nav',
      icon: <IconUsers size={18} aria-hidden />,
      permission: 'people.read',
      group: 'manage',
    },
  ],
};
