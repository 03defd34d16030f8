import type { Module } from '../../platform/module';
import { sharingRoutes } from './routes';

export {
  completedProfiles,
  personalisedSharesPerPerson,
  rankingOptOuts,
  type ShareFact,
  sharesBetween,
  sharesPerPerson,
} from './for-programmes';
export { type ShareOfPost, shareFactsOf } from './share-facts-of';
export { sharesOfPosts } from './shares-of-posts';
export { PERSONALISED_THRESHOLD } from './text-rules';

export const sharingModule: Module = { name: 'sharing', routes: () => sharingRoutes() };
export { distanceFromSuggestions, withDisclosure } from './text-rules';
