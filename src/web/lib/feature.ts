import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from './me';

/** An entry of the main navigation; shown only to people holding the permission (the server checks it again). */
export type NavItem = { to: string; labelKey: string; icon: ReactNode; permission?: Permission };

/** What a feature folder contributes to the app: its pages and its navigation entries. */
export type Feature = {
  /** Pages for signed-out visitors (sign in, invitation, password reset). */
  publicRoutes?: RouteObject[];
  /** Pages inside the signed-in layout. */
  routes?: RouteObject[];
  nav?: NavItem[];
};
