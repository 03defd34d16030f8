import type { Module } from '../../platform/module';
import { purgeOrphanPhotosJob } from './jobs';
import { storyRoutes } from './routes';
import { seedStories } from './seed';

export { type EventStory, listEventStories } from './event-stories';
export { getStoryMeasures } from './measures';
export { approvedEventPhoto } from './public-photo';
export { isStoryAuthor } from './story-author';

/** Employee stories: submitted from the phone, photos made safe, moderated by comms, published as credited posts. */
export const storiesModule: Module = {
  name: 'stories',
  routes: () => storyRoutes(),
  jobs: [purgeOrphanPhotosJob],
  seed: seedStories,
};
