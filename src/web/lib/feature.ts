import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { hasPermission, type Me, type Permission } from './me';

/**
 * Sections of the navigation, in this order: what I do (feed, impact, my stories…), what the company says and
 * organises, what it hears back, how people grow (training, careers), and running the organisation.
 */
export const navGroups = ['me', 'communicate', 'listen', 'grow', 'manage'] as const;
export type NavGroup = (typeof navGroups)[number];

/**
 * An entry of the main navigation; shown only to people holding the permission, or one of them when several are
 * listed (HR follow every journey, a manager their team's: one page, one entry; the server checks again).
 */
export type NavItem = {
  to: string;
  labelKey: string;
  icon: ReactNode;
  permission?: Permission | readonly Permission[];
  group?: NavGroup;
};

export function mayOpen(me: Me | null | undefined, item: NavItem): boolean {
  if (!item.permission) return true;
  const wanted = typeof item.permission === 'string' ? [item.permission] : item.permission;
  return wanted.some((p) => hasPermission(me, p));
}

/** What a feature folder contributes to the app: its pages, its navigation entries and its cards on the feed. */
export type Feature = {
  /** Pages for signed-out visitors (sign in, invitation, password reset, public pages). */
  publicRoutes?: RouteObject[];
  /** Pages inside the signed-in layout. */
  routes?: RouteObject[];
  nav?: NavItem[];
  /**
   * Shown at the top of the employee's feed, above the posts to share (a must-read, a survey to answer, an event to
   * register for…). Each section loads its own data and renders nothing when it has nothing for this person.
   */
  feedSections?: ComponentType[];
};
