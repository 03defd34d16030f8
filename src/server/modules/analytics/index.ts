import type { Module } from '../../platform/module';
import { analyticsRoutes } from './routes';

/*
 * Analytics is the reporting read model: it reads other modules' TABLES directly from their schema files (shares,
 * click_daily, people, posts, sharer_profiles) instead of going through their index.ts, so that every dashboard
 * figure is a single grouped query on the (org_id, day/created_at) indexes. It never writes to them and never reads
 * raw clicks (only the click_daily rollup maintained by the links module).
 */
export { getOverview } from './get-overview';
export { getPostStats, type PostFigure, type PostStatsFigures } from './get-post-stats';

export const analyticsModule: Module = { name: 'analytics', routes: () => analyticsRoutes() };
