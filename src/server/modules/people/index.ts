import type { Module } from '../../platform/module';
import { importPeople, importSweep, purgeImportPayloadsJob } from './jobs';
import { peopleRoutes } from './routes';

export { setMyContentLanguages } from './content-languages';
export { type ActivePeopleFilter, countActiveBy, countActiveByEach } from './count-active-by';
export { countReaders, type ReaderTargeting } from './count-readers';
export { type Contact, findContacts } from './find-contacts';
export { findPeopleById, type PersonBrief } from './find-people-by-id';
export { findActiveFacets, findPeopleDetails, findPeopleWithRoles, type PersonDetails, reportsOf } from './find-people-details';
export { findProfile, type PersonProfile } from './find-profile';
export { findReader, type Reader } from './find-reader';
export { type AudienceMember, type AudienceRule, inAudience, listAudience } from './list-audience';
export { listFacets } from './list-facets';
export { listOrgPeople, type OrgPerson } from './list-org-people';
export { mayManage } from './person-checks';
export { searchActivePeople } from './search-active-people';

export const peopleModule: Module = {
  name: 'people',
  routes: () => peopleRoutes(),
  jobs: [importPeople, importSweep, purgeImportPayloadsJob],
};
