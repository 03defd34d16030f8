import { IconSettings } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const SettingsPage = lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage));

/** Organisation settings for admins: sharing rules and the rates behind earned media value. */
export const settingsFeature: Feature = {
  routes: [{ path: 'settings', element: <SettingsPage /> }],
  nav: [
    {
      to: '/settings',
      labelKey: 'settings:nav',
      icon: <IconSettings size={18} aria-hidden />,
      permission: 'org.settings',
      group: 'manage',
    },
  ],
};
