import type { Module } from '../../platform/module';
import { expireDue, publishDue } from './jobs';
import { contentRoutes } from './routes';

export { archivePost } from './archive-post';
export { createPost } from './create-post';
export { campaignSlug, ensureCampaign } from './ensure-campaign';
export { readPostImage, uploadPostImage } from './images/post-images';
export { listPostCaptions } from './list-post-captions';
export { getPostCard, type PostCard } from './post-card';
export { type PostVersion, versionFor } from './post-texts';
export { postTitles } from './post-titles';
export { publishApprovedDraft } from './publish-now';
export { type Network, networks } from './schema';
export { type Audience, getVisiblePost, listVisiblePosts, visibleTo } from './visible-posts';

export const contentModule: Module = { name: 'content', routes: () => contentRoutes(), jobs: [publishDue, expireDue] };
