import type { Module } from '../../platform/module';
import { instanceRoutes } from './routes';

/** What concerns the installation rather than one organisation (today: the public address, for the admins' banner). */
export const instanceModule: Module = { name: 'instance', routes: () => instanceRoutes() };
