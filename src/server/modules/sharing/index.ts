import type { Module } from '../../platform/module';
import { sharingRoutes } from './routes';

export { PERSONALISED_THRESHOLD } from './text-rules';

export const sharingModule: Module = { name: 'sharing', routes: () => sharingRoutes() };
export { distanceFromSuggestions, withDisclosure } from './text-rules';
