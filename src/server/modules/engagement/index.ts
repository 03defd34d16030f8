import type { Module } from '../../platform/module';
import { engagementRoutes } from './routes';

/** The internal-marketing dashboard: reads the listening modules and analytics through their index files only. */
export const engagementModule: Module = { name: 'engagement', routes: () => engagementRoutes() };
