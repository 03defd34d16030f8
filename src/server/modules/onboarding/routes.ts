import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  ActiveBody,
  JourneyList,
  MyJourney,
  StepParams,
  StepTargets,
  Template,
  TemplateInput,
  TemplateList,
  TemplateParams,
} from './contract';
import { getMyJourney, listJourneys, markStepDone } from './journeys';
import { listStepTargets } from './list-step-targets';
import { saveTemplate } from './save-template';
import { setTemplateActive } from './set-template-active';
import { listTemplates } from './templates';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['onboarding'];

export function onboardingRoutes() {
  const r = createRouter();

  // GET /api/me/onboarding
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/onboarding',
      tags,
      summary: 'My onboarding journey',
      responses: { 200: { description: 'Journey', ...json(MyJourney) }, ...errorResponses },
    }),
    async (c) => c.json(await getMyJourney({ ctx: ctxOf(c) }), 200),
  );

  // POST /api/me/onboarding/steps/{stepId}/done
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/onboarding/steps/{stepId}/done',
      tags,
      summary: 'Mark a step of my journey done (met my buddy, a training, a task)',
      request: { params: StepParams },
      responses: { 200: { description: 'Journey', ...json(MyJourney) }, ...errorResponses },
    }),
    async (c) => c.json(await markStepDone({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  // GET /api/onboarding/journeys
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/onboarding/journeys',
      tags,
      summary: 'Journeys and their progress (HR: all; managers: their reports)',
      responses: { 200: { description: 'Journeys', ...json(JourneyList) }, ...errorResponses },
    }),
    async (c) => c.json(await listJourneys({ ctx: ctxOf(c) }), 200),
  );

  // GET /api/onboarding/templates
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/onboarding/templates',
      tags,
      summary: 'Journey templates',
      responses: { 200: { description: 'Templates', ...json(TemplateList) }, ...errorResponses },
    }),
    async (c) => c.json(await listTemplates({ ctx: ctxOf(c, 'onboarding.manage') }), 200),
  );

  // POST /api/onboarding/templates
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/onboarding/templates',
      tags,
      summary: 'Create a journey template',
      request: { body: { ...json(TemplateInput), required: true } },
      responses: { 200: { description: 'Template', ...json(Template) }, ...errorResponses },
    }),
    async (c) => c.json(await saveTemplate({ ctx: ctxOf(c, 'onboarding.manage'), input: c.req.valid('json') }), 200),
  );

  // PUT /api/onboarding/templates/{id}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/onboarding/templates/{id}',
      tags,
      summary: 'Replace a journey template',
      request: { params: TemplateParams, body: { ...json(TemplateInput), required: true } },
      responses: { 200: { description: 'Template', ...json(Template) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await saveTemplate({ ctx: ctxOf(c, 'onboarding.manage'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // PUT /api/onboarding/templates/{id}/active
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/onboarding/templates/{id}/active',
      tags,
      summary: 'Archive or restore a journey template (running journeys carry on)',
      request: { params: TemplateParams, body: { ...json(ActiveBody), required: true } },
      responses: { 200: { description: 'Template', ...json(Template) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await setTemplateActive({
          ctx: ctxOf(c, 'onboarding.manage'),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );

  // GET /api/onboarding/targets
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/onboarding/targets',
      tags,
      summary: 'Posts, surveys and courses a step may point at',
      responses: { 200: { description: 'Targets', ...json(StepTargets) }, ...errorResponses },
    }),
    async (c) => c.json(await listStepTargets({ ctx: ctxOf(c, 'onboarding.manage') }), 200),
  );

  return r;
}
