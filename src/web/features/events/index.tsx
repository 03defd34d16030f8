import { IconArrowsExchange, IconCalendarCog, IconCalendarEvent } from '@tabler/icons-react';
import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';

const EventsPage = lazyPage(() => import('./EventsPage').then((m) => m.EventsPage));
const EventPage = lazyPage(() => import('./EventPage').then((m) => m.EventPage));
const SwapsPage = lazyPage(() => import('./SwapsPage').then((m) => m.SwapsPage));
const ManageEventsPage = lazyPage(() => import('./ManageEventsPage').then((m) => m.ManageEventsPage));
const EventEditorPage = lazyPage(() => import('./EventEditorPage').then((m) => m.EventEditorPage));
const RegistrationsPage = lazyPage(() => import('./RegistrationsPage').then((m) => m.RegistrationsPage));
const CheckInPage = lazyPage(() => import('./CheckInPage').then((m) => m.CheckInPage));
const EventsFeedSection = lazyPage(() => import('./EventsFeedSection').then((m) => m.EventsFeedSection), { fallback: null });

/** Events (issue 9): the days that create stories — registration, waiting list, check-in, job swaps, the gallery. */
export const eventsFeature: Feature = {
  routes: [
    { path: 'events', element: <EventsPage /> },
    { path: 'events/swaps', element: <SwapsPage /> },
    { path: 'events/manage', element: <ManageEventsPage /> },
    { path: 'events/manage/new', element: <EventEditorPage /> },
    { path: 'events/manage/:id', element: <EventEditorPage /> },
    { path: 'events/manage/:id/registrations', element: <RegistrationsPage /> },
    { path: 'events/manage/:id/check-in', element: <CheckInPage /> },
    { path: 'events/:id', element: <EventPage /> },
  ],
  nav: [
    {
      to: '/events',
      labelKey: 'events:nav.mine',
      icon: <IconCalendarEvent size={18} aria-hidden />,
      permission: 'events.join',
      group: 'communicate',
    },
    {
      to: '/events/swaps',
      labelKey: 'events:nav.swaps',
      icon: <IconArrowsExchange size={18} aria-hidden />,
      permission: 'events.join',
      group: 'grow',
    },
    {
      to: '/events/manage',
      labelKey: 'events:nav.manage',
      icon: <IconCalendarCog size={18} aria-hidden />,
      permission: 'events.manage',
      group: 'communicate',
    },
  ],
  feedSections: [EventsFeedSection],
};
