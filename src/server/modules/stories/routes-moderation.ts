import { createRoute } from '@hono/zod-openapi';
import { csvFile, sendCsv } from '../../platform/http/csv';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { approveStory } from './approve-story';
import {
  ApproveBody,
  ApproveResult,
  MeasuresQuery,
  NoteBody,
  Ok,
  Settings,
  SettingsBody,
  StoryList,
  StoryMeasures,
  StoryParams,
} from './contract';
import { moderationQueue } from './list-stories';
import { getStoryMeasures } from './measures';
import { storyMeasuresCsv } from './measures-csv';
import { declineStory, requestChanges } from './moderate';
import { getStorySettings, saveStorySettings } from './settings';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['stories'];

/** Comms' side: the queue, the three decisions, the measures and the organisation's rule on who may submit. */
export function storyModerationRoutes() {
  const r = createRouter();

  // GET /api/stories/queue
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/queue',
      tags,
      summary: 'Stories waiting for a decision',
      responses: { 200: { description: 'Queue', ...json(StoryList) }, ...errorResponses },
    }),
    async (c) => c.json(await moderationQueue({ ctx: ctxOf(c, 'content.approve') }), 200),
  );

  // POST /api/stories/{id}/approve
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/stories/{id}/approve',
      tags,
      summary: 'Approve a story: it becomes a published post credited to its author (409 if already decided)',
      request: { params: StoryParams, body: { ...json(ApproveBody), required: true } },
      responses: { 200: { description: 'Approved', ...json(ApproveResult) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await approveStory({ ctx: ctxOf(c, 'content.approve'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/stories/{id}/request-changes
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/stories/{id}/request-changes',
      tags,
      summary: 'Send a story back to its author with a comment',
      request: { params: StoryParams, body: { ...json(NoteBody), required: true } },
      responses: { 200: { description: 'Sent back', ...json(Ok) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await requestChanges({ ctx: ctxOf(c, 'content.approve'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/stories/{id}/decline
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/stories/{id}/decline',
      tags,
      summary: 'Decline a story with a reason',
      request: { params: StoryParams, body: { ...json(NoteBody), required: true } },
      responses: { 200: { description: 'Declined', ...json(Ok) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await declineStory({ ctx: ctxOf(c, 'content.approve'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // GET /api/stories/measures
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/measures',
      tags,
      summary: 'Stories submitted, approved, time to moderation; clicks per share of stories against corporate posts',
      request: { query: MeasuresQuery },
      responses: { 200: { description: 'Measures', ...json(StoryMeasures) }, ...errorResponses },
    }),
    async (c) => c.json(await getStoryMeasures({ ctx: ctxOf(c, 'analytics.read'), input: c.req.valid('query') }), 200),
  );

  // GET /api/stories/measures.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/measures.csv',
      tags,
      summary: 'The story measures of a period as CSV',
      request: { query: MeasuresQuery },
      responses: { ...csvFile, ...errorResponses },
    }),
    async (c) => {
      const { filename, csv } = await storyMeasuresCsv({ ctx: ctxOf(c, 'analytics.read'), input: c.req.valid('query') });
      return sendCsv(c, filename, csv);
    },
  );

  // GET /api/stories/settings
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/settings',
      tags,
      summary: 'Who may submit stories',
      responses: { 200: { description: 'Settings', ...json(Settings) }, ...errorResponses },
    }),
    async (c) => c.json(await getStorySettings({ ctx: ctxOf(c) }), 200),
  );

  // PUT /api/stories/settings
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/stories/settings',
      tags,
      summary: 'Set who may submit stories: everyone, or ambassador-programme members only',
      request: { body: { ...json(SettingsBody), required: true } },
      responses: { 200: { description: 'Saved', ...json(Settings) }, ...errorResponses },
    }),
    async (c) => c.json(await saveStorySettings({ ctx: ctxOf(c, 'org.settings'), input: c.req.valid('json') }), 200),
  );

  return r;
}
