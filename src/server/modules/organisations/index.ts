import type { Module } from '../../platform/module';
import { organisationRoutes } from './routes';

export { DEFAULT_SETTINGS, getOrgSettings, type ResolvedSettings } from './get-org-settings';

export const organisationsModule: Module = { name: 'organisations', routes: () => organisationRoutes() };
