import type { Module } from '../../platform/module';
import { eventsJobs } from './jobs';
import { publicGalleryRoutes } from './public-routes';
import { employeeRoutes } from './routes';
import { manageRoutes } from './routes-manage';
import { swapRoutes } from './routes-swaps';
import { seedEvents } from './seed';

export { eventExists } from './event-exists';

/**
 * Events (issue 9 §4-8): photo tours, plant visits, job swaps… with registration, a waiting list, check-in by QR code
 * and, afterwards, an invitation to tell the day with a story.
 */
export const eventsModule: Module = {
  name: 'events',
  // Fixed paths (/api/events/managed, /swaps, /measures) before /api/events/{id}.
  routes: () => {
    const r = swapRoutes();
    r.route('/', manageRoutes());
    r.route('/', employeeRoutes());
    r.route('/', publicGalleryRoutes());
    return r;
  },
  jobs: eventsJobs,
  seed: seedEvents,
};
