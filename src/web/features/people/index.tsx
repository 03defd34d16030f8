import type { Feature } from '../../lib/feature';

export const peopleFeature: Feature = {};
