import type { Module } from '../../platform/module';
import { importPeople, importSweep } from './jobs';
import { peopleRoutes } from './routes';

export { listFacets } from './list-facets';

export const peopleModule: Module = { name: 'people', routes: () => peopleRoutes(), jobs: [importPeople, importSweep] };
