import type { Module } from '../../platform/module';
import { importPeople, importSweep, purgeImportPayloadsJob } from './jobs';
import { peopleRoutes } from './routes';

export { findPeopleById, type PersonBrief } from './find-people-by-id';
export { listFacets } from './list-facets';
export { mayManage } from './person-checks';
export { searchActivePeople } from './search-active-people';

export const peopleModule: Module = {
  name: 'people',
  routes: () => peopleRoutes(),
  jobs: [importPeople, importSweep, purgeImportPayloadsJob],
};
