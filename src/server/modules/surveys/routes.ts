import { createRoute } from '@hono/zod-openapi';
import { csvFile, sendCsv } from '../../platform/http/csv';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  OpenSurveyList,
  ResponseAccepted,
  ResponseBody,
  ResultsQuery,
  Survey,
  SurveyInput,
  SurveyList,
  SurveyParams,
  SurveyResults,
} from './contract';
import { createSurvey, updateSurvey } from './create-survey';
import { exportResults } from './export-results';
import { getResults } from './get-results';
import { listOpenSurveys } from './list-open-surveys';
import { getSurvey, listSurveys } from './list-surveys';
import { listTeamSurveys } from './list-team-surveys';
import { closeSurvey, publishSurvey } from './publish-survey';
import { submitResponse } from './submit-response';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['surveys'];

export function surveyRoutes() {
  const r = createRouter();

  // GET /api/me/surveys
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/surveys',
      tags,
      summary: 'Surveys and pulses I may answer now, in my language',
      responses: { 200: { description: 'Open surveys', ...json(OpenSurveyList) }, ...errorResponses },
    }),
    async (c) => c.json(await listOpenSurveys({ ctx: ctxOf(c) }), 200),
  );

  // POST /api/me/surveys/responses
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/surveys/responses',
      tags,
      summary: 'Answer a survey round once (anonymous surveys store no link to me)',
      request: { body: { ...json(ResponseBody), required: true } },
      responses: { 200: { description: 'Stored', ...json(ResponseAccepted) }, ...errorResponses },
    }),
    async (c) => c.json(await submitResponse({ ctx: ctxOf(c), input: c.req.valid('json') }), 200),
  );

  // GET /api/surveys
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/surveys',
      tags,
      summary: 'Surveys and pulses of the organisation',
      responses: { 200: { description: 'Surveys', ...json(SurveyList) }, ...errorResponses },
    }),
    async (c) => c.json(await listSurveys({ ctx: ctxOf(c, 'surveys.manage') }), 200),
  );

  // POST /api/surveys
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/surveys',
      tags,
      summary: 'Create a survey or pulse (draft)',
      request: { body: { ...json(SurveyInput), required: true } },
      responses: { 200: { description: 'Created', ...json(Survey) }, ...errorResponses },
    }),
    async (c) => c.json(await createSurvey({ ctx: ctxOf(c, 'surveys.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/surveys/team (before /api/surveys/{id}, which would otherwise catch it)
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/surveys/team',
      tags,
      summary: 'Published surveys whose results a manager may see for their own team',
      responses: { 200: { description: 'Surveys', ...json(SurveyList) }, ...errorResponses },
    }),
    async (c) => c.json(await listTeamSurveys({ ctx: ctxOf(c, 'surveys.team') }), 200),
  );

  // GET /api/surveys/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/surveys/{id}',
      tags,
      summary: 'A survey with its questions and rounds',
      request: { params: SurveyParams },
      responses: { 200: { description: 'Survey', ...json(Survey) }, ...errorResponses },
    }),
    async (c) => c.json(await getSurvey({ ctx: ctxOf(c, 'surveys.manage'), input: c.req.valid('param') }), 200),
  );

  // PUT /api/surveys/{id}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/surveys/{id}',
      tags,
      summary: 'Change a draft survey',
      request: { params: SurveyParams, body: { ...json(SurveyInput), required: true } },
      responses: { 200: { description: 'Saved', ...json(Survey) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await updateSurvey({ ctx: ctxOf(c, 'surveys.manage'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/surveys/{id}/publish
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/surveys/{id}/publish',
      tags,
      summary: 'Publish a draft: its first round opens now',
      request: { params: SurveyParams },
      responses: { 200: { description: 'Published', ...json(Survey) }, ...errorResponses },
    }),
    async (c) => c.json(await publishSurvey({ ctx: ctxOf(c, 'surveys.manage'), input: c.req.valid('param') }), 200),
  );

  // POST /api/surveys/{id}/close
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/surveys/{id}/close',
      tags,
      summary: 'Close a survey now (its open round closes, results become visible)',
      request: { params: SurveyParams },
      responses: { 200: { description: 'Closed', ...json(Survey) }, ...errorResponses },
    }),
    async (c) => c.json(await closeSurvey({ ctx: ctxOf(c, 'surveys.manage'), input: c.req.valid('param') }), 200),
  );

  // GET /api/surveys/{id}/results
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/surveys/{id}/results',
      tags,
      summary: 'Results of a round for a group, with a breakdown; groups under k (or recoverable) are hidden',
      request: { params: SurveyParams, query: ResultsQuery },
      responses: { 200: { description: 'Results', ...json(SurveyResults) }, ...errorResponses },
    }),
    async (c) => c.json(await getResults({ ctx: ctxOf(c), input: { ...c.req.valid('query'), ...c.req.valid('param') } }), 200),
  );

  // GET /api/surveys/{id}/results.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/surveys/{id}/results.csv',
      tags,
      summary: 'The same results as CSV, with the same suppression',
      request: { params: SurveyParams, query: ResultsQuery },
      responses: { ...csvFile, ...errorResponses },
    }),
    async (c) => {
      const input = { ...c.req.valid('query'), ...c.req.valid('param') };
      return sendCsv(c, 'survey-results.csv', await exportResults({ ctx: ctxOf(c), input }));
    },
  );

  return r;
}
