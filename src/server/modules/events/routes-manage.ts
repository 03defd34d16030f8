import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { checkIn } from './check-in';
import {
  CheckInBody,
  CheckInResult,
  EventInput,
  EventList,
  EventMeasures,
  EventStatusBody,
  EventView,
  IdParams,
  RegistrationList,
} from './contract';
import { listManagedEvents } from './list-events';
import { listRegistrations } from './list-registrations';
import { eventMeasures, measuresCsv } from './measures';
import { body, json, tags } from './route-kit';
import { saveEvent } from './save-event';
import { setEventStatus } from './set-event-status';

/** The organisers' side (comms/HR): events, registrations and waiting list, check-in at the door, measures. */
export function manageRoutes() {
  const r = createRouter();

  // GET /api/events/managed
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/managed',
      tags,
      summary: 'Every event of the organisation',
      responses: json('Events', EventList),
    }),
    async (c) => c.json({ events: await listManagedEvents({ ctx: ctxOf(c, 'events.manage') }) }, 200),
  );

  // GET /api/events/measures
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/measures',
      tags,
      summary: 'Registrations, waiting list, attendance and stories per event',
      responses: json('Measures', EventMeasures),
    }),
    async (c) => c.json({ events: await eventMeasures({ ctx: ctxOf(c, 'events.manage') }) }, 200),
  );

  // GET /api/events/measures.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/measures.csv',
      tags,
      summary: 'The event measures as CSV',
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } } },
    }),
    async (c) =>
      c.body(await measuresCsv({ ctx: ctxOf(c, 'events.manage') }), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="events.csv"',
      }),
  );

  // POST /api/events
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events',
      tags,
      summary: 'Create an event (local times in its time zone)',
      request: body(EventInput),
      responses: json('Event', EventView),
    }),
    async (c) => c.json(await saveEvent({ ctx: ctxOf(c, 'events.manage'), input: { body: c.req.valid('json') } }), 200),
  );

  // PUT /api/events/{id}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/events/{id}',
      tags,
      summary: 'Update an event (capacity never below the confirmed count)',
      request: { params: IdParams, ...body(EventInput) },
      responses: json('Event', EventView),
    }),
    async (c) =>
      c.json(
        await saveEvent({ ctx: ctxOf(c, 'events.manage'), input: { id: c.req.valid('param').id, body: c.req.valid('json') } }),
        200,
      ),
  );

  // POST /api/events/{id}/status
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/status',
      tags,
      summary: 'Publish, cancel or take back to draft',
      request: { params: IdParams, ...body(EventStatusBody) },
      responses: json('Event', EventView),
    }),
    async (c) =>
      c.json(
        await setEventStatus({
          ctx: ctxOf(c, 'events.manage'),
          input: { id: c.req.valid('param').id, status: c.req.valid('json').status },
        }),
        200,
      ),
  );

  // GET /api/events/{id}/registrations
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}/registrations',
      tags,
      summary: 'Registrations: confirmed, the waiting list in order, cancellations',
      request: { params: IdParams },
      responses: json('Registrations', RegistrationList),
    }),
    async (c) =>
      c.json({ registrations: await listRegistrations({ ctx: ctxOf(c, 'events.manage'), input: c.req.valid('param') }) }, 200),
  );

  // POST /api/events/{id}/check-in
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/check-in',
      tags,
      summary: 'Record attendance from a scanned or typed code (once)',
      request: { params: IdParams, ...body(CheckInBody) },
      responses: json('Checked in', CheckInResult),
    }),
    async (c) =>
      c.json(
        await checkIn({ ctx: ctxOf(c, 'events.manage'), input: { id: c.req.valid('param').id, code: c.req.valid('json').code } }),
        200,
      ),
  );
  return r;
}
