import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { addChange } from './add-change';
import { addSession } from './add-session';
import {
  ChangeBody,
  FeedbackSummary,
  IdParams,
  ManagedTraining,
  ManagedTrainingList,
  Participants,
  SessionInput,
  SessionPatch,
  TrainingInput,
  TrainingPatch,
} from './contract';
import { createTraining } from './create-training';
import { deleteSession } from './delete-session';
import { getFeedbackSummary } from './get-feedback-summary';
import { getManagedTraining } from './get-managed-training';
import { listManaged } from './list-managed';
import { listParticipants } from './list-participants';
import { body, json, tags } from './route-kit';
import { setTrainingStatus } from './set-training-status';
import { updateSession } from './update-session';
import { updateTraining } from './update-training';

/** L&D: the offer — trainings, value propositions, sessions, participants, feedback and "what we changed". */
export function manageRoutes() {
  const r = createRouter();

  // GET /api/training/manage
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/manage',
      tags,
      summary: 'Every training of the organisation (L&D)',
      responses: json('Trainings', ManagedTrainingList),
    }),
    async (c) => c.json(await listManaged({ ctx: ctxOf(c, 'training.manage') }), 200),
  );

  // POST /api/training/manage
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/manage',
      tags,
      summary: 'Create a training (draft) with its value propositions',
      request: body(TrainingInput),
      responses: json('Training', ManagedTraining),
    }),
    async (c) => c.json(await createTraining({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/training/manage/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/manage/{id}',
      tags,
      summary: 'A training for its editor',
      request: { params: IdParams },
      responses: json('Training', ManagedTraining),
    }),
    async (c) => c.json(await getManagedTraining({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('param') }), 200),
  );

  // PATCH /api/training/manage/{id}
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/training/manage/{id}',
      tags,
      summary: 'Edit a training (propositions, when sent, replace the list)',
      request: { params: IdParams, ...body(TrainingPatch) },
      responses: json('Training', ManagedTraining),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.manage');
      return c.json(await updateTraining({ ctx, input: { id: c.req.valid('param').id, patch: c.req.valid('json') } }), 200);
    },
  );

  for (const status of ['published', 'archived'] as const) {
    // POST /api/training/manage/{id}/publish and /archive
    r.openapi(
      createRoute({
        method: 'post',
        path: `/api/training/manage/{id}/${status === 'published' ? 'publish' : 'archive'}`,
        tags,
        summary: status === 'published' ? 'Publish: eligible people see it' : 'Archive: it leaves catalogue and feed',
        request: { params: IdParams },
        responses: json('Training', ManagedTraining),
      }),
      async (c) =>
        c.json(
          await setTrainingStatus({ ctx: ctxOf(c, 'training.manage'), input: { id: c.req.valid('param').id, status } }),
          200,
        ),
    );
  }

  // POST /api/training/manage/{id}/sessions
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/manage/{id}/sessions',
      tags,
      summary: 'Add a session (no overlap with the training’s other sessions)',
      request: { params: IdParams, ...body(SessionInput) },
      responses: json('Training', ManagedTraining),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.manage');
      return c.json(await addSession({ ctx, input: { trainingId: c.req.valid('param').id, session: c.req.valid('json') } }), 200);
    },
  );

  // PATCH /api/training/sessions/{id}
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/training/sessions/{id}',
      tags,
      summary: 'Edit a session (seats never below the people holding one)',
      request: { params: IdParams, ...body(SessionPatch) },
      responses: json('Training', ManagedTraining),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.manage');
      return c.json(await updateSession({ ctx, input: { id: c.req.valid('param').id, patch: c.req.valid('json') } }), 200);
    },
  );

  // DELETE /api/training/sessions/{id}
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/training/sessions/{id}',
      tags,
      summary: 'Remove a session nobody holds a place in',
      request: { params: IdParams },
      responses: json('Training', ManagedTraining),
    }),
    async (c) => c.json(await deleteSession({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('param') }), 200),
  );

  // GET /api/training/manage/{id}/participants
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/manage/{id}/participants',
      tags,
      summary: 'Who enrolled, in which session, completed how, through which channel',
      request: { params: IdParams },
      responses: json('Participants', Participants),
    }),
    async (c) => c.json(await listParticipants({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('param') }), 200),
  );

  // GET /api/training/manage/{id}/feedback
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/manage/{id}/feedback',
      tags,
      summary: 'Feedback by population, suggestions, and what we changed',
      request: { params: IdParams },
      responses: json('Feedback', FeedbackSummary),
    }),
    async (c) => c.json(await getFeedbackSummary({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('param') }), 200),
  );

  // POST /api/training/manage/{id}/changes
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/manage/{id}/changes',
      tags,
      summary: '“What we changed after your feedback”',
      request: { params: IdParams, ...body(ChangeBody) },
      responses: json('Feedback', FeedbackSummary),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.manage');
      return c.json(
        await addChange({ ctx, input: { trainingId: c.req.valid('param').id, note: c.req.valid('json').note } }),
        200,
      );
    },
  );

  return r;
}
