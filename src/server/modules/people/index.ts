import type { Module } from '../../platform/module';

export { listFacets } from './list-facets';

export const peopleModule: Module = { name: 'people' };
