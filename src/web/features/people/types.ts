import type { ImportProgressT, PersonT } from '../../../server/modules/people/contract';

export type {
  ImportErrorCodeT,
  ImportPreviewT,
  ImportProgressT,
  ImportRowErrorT,
  PeopleFacetsT,
  PeopleListT,
  PersonInputT,
  PersonPatchT,
  PersonStatusT,
  PersonT,
} from '../../../server/modules/people/contract';

export type Role = PersonT['roles'][number];
export type ImportStatus = ImportProgressT['status'];
