import type { RouteObject } from 'react-router';
import { features } from './features';

/** Routes for signed-out visitors (sign in, invitation, password reset). */
export const publicRoutes: RouteObject[] = features.flatMap((f) => f.publicRoutes ?? []);

/** Routes inside the signed-in layout. */
export const appRoutes: RouteObject[] = features.flatMap((f) => f.routes ?? []);
