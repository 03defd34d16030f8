import type { Module } from '../../platform/module';
import { mustReadSweep } from './jobs';
import { newsRoutes } from './routes';
import { seedNews } from './seed';

export { assertOwnMedia, storeNewsMedia } from './media';
export { findNewsByTitle, hasAcknowledged, hasRead } from './progress';
export { newsReadsByGroup, newsTotals } from './stats';
export { listNewsTargets, type NewsTarget } from './targets';

export const newsModule: Module = { name: 'news', routes: () => newsRoutes(), jobs: [mustReadSweep], seed: seedNews };
