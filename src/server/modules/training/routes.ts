import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { cancelEnrolment } from './cancel-enrolment';
import {
  CalendarFile,
  Catalogue,
  EnrolBody,
  FeedbackBody,
  FeedCards,
  IdParams,
  MyEnrolment,
  Ok,
  ReachBody,
  TrainingDetail,
} from './contract';
import { enrol } from './enrol';
import { enrolmentCalendar } from './enrolment-calendar';
import { getTrainingDetail } from './get-training-detail';
import { giveFeedback } from './give-feedback';
import { listCatalogue } from './list-catalogue';
import { listFeedCards } from './list-feed-cards';
import { recordReach } from './record-reach';
import { body, json, tags } from './route-kit';

/** The learner's side: catalogue, feed cards, a training, enrolment, calendar, feedback. */
export function learnerRoutes() {
  const r = createRouter();

  // GET /api/training
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training',
      tags,
      summary: 'Trainings offered to me, and sessions I lead',
      responses: json('Catalogue', Catalogue),
    }),
    async (c) => c.json(await listCatalogue({ ctx: ctxOf(c, 'training.learn') }), 200),
  );

  // GET /api/training/feed
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/feed',
      tags,
      summary: 'Training cards for my feed',
      responses: json('Cards', FeedCards),
    }),
    async (c) => c.json(await listFeedCards({ ctx: ctxOf(c, 'training.learn') }), 200),
  );

  // GET /api/training/trainings/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/trainings/{id}',
      tags,
      summary: 'A training as I see it: my population’s value proposition, my manager’s word, sessions, my enrolment',
      request: { params: IdParams },
      responses: json('Training', TrainingDetail),
    }),
    async (c) => c.json(await getTrainingDetail({ ctx: ctxOf(c, 'training.learn'), input: c.req.valid('param') }), 200),
  );

  // POST /api/training/trainings/{id}/enrol
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/trainings/{id}/enrol',
      tags,
      summary: 'Enrol in a session (waiting list when full; approval when required)',
      request: { params: IdParams, ...body(EnrolBody) },
      responses: json('My enrolment', MyEnrolment),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.learn');
      return c.json(await enrol({ ctx, input: { trainingId: c.req.valid('param').id, body: c.req.valid('json') } }), 200);
    },
  );

  // POST /api/training/trainings/{id}/reach
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/trainings/{id}/reach',
      tags,
      summary: 'The feed card was shown to me, or I opened the training from a channel',
      request: { params: IdParams, ...body(ReachBody) },
      responses: json('Recorded', Ok),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.learn');
      return c.json(await recordReach({ ctx, input: { trainingId: c.req.valid('param').id, body: c.req.valid('json') } }), 200);
    },
  );

  // POST /api/training/enrolments/{id}/cancel
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/enrolments/{id}/cancel',
      tags,
      summary: 'Give up my place (the first person waiting gets it)',
      request: { params: IdParams },
      responses: json('Enrolment', MyEnrolment),
    }),
    async (c) => c.json(await cancelEnrolment({ ctx: ctxOf(c, 'training.learn'), input: c.req.valid('param') }), 200),
  );

  // GET /api/training/enrolments/{id}/calendar.ics
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/enrolments/{id}/calendar.ics',
      tags,
      summary: 'My session as a calendar event',
      request: { params: IdParams },
      responses: { 200: { description: 'iCalendar', content: { 'text/calendar': { schema: CalendarFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { filename, ics } = await enrolmentCalendar({ ctx: ctxOf(c, 'training.learn'), input: c.req.valid('param') });
      return c.body(ics, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      });
    },
  );

  // POST /api/training/enrolments/{id}/feedback
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/enrolments/{id}/feedback',
      tags,
      summary: 'After completing: how useful it was, and what would make it more useful to me',
      request: { params: IdParams, ...body(FeedbackBody) },
      responses: json('Enrolment', MyEnrolment),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.learn');
      return c.json(await giveFeedback({ ctx, input: { enrolmentId: c.req.valid('param').id, body: c.req.valid('json') } }), 200);
    },
  );

  return r;
}
