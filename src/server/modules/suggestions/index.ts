import type { Module } from '../../platform/module';
import { replyNoticesJob } from './jobs';
import { suggestionRoutes } from './routes';
import { seedSuggestions } from './seed';

export { listDoneSuggestions, suggestionStats } from './stats';

export const suggestionsModule: Module = {
  name: 'suggestions',
  routes: () => suggestionRoutes(),
  jobs: [replyNoticesJob],
  seed: seedSuggestions,
};
