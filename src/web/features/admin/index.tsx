import { IconHistory, IconMail } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const AuditPage = lazyPage(() => import('./AuditPage').then((m) => m.AuditPage));
const OutboxMessagePage = lazyPage(() => import('./OutboxMessagePage').then((m) => m.OutboxMessagePage));
const OutboxPage = lazyPage(() => import('./OutboxPage').then((m) => m.OutboxPage));

/** Administration: the e-mail outbox and the audit log. */
export const adminFeature: Feature = {
  routes: [
    { path: 'admin/outbox', element: <OutboxPage /> },
    { path: 'admin/outbox/:id', element: <OutboxMessagePage /> },
    { path: 'admin/audit', element: <AuditPage /> },
  ],
  nav: [
    {
      to: '/admin/outbox',
      labelKey: 'admin:nav.outbox',
      icon: <IconMail size={18} aria-hidden />,
      permission: 'outbox.read',
      group: 'manage',
    },
    {
      to: '/admin/audit',
      labelKey: 'admin:nav.audit',
      icon: <IconHistory size={18} aria-hidden />,
      permission: 'audit.read',
      group: 'manage',
    },
  ],
};
