import type { Module } from '../../platform/module';

export { clickTotals } from './click-totals';
export { ensureLink, type EnsureLinkInput } from './ensure-link';

export const linksModule: Module = { name: 'links' };
