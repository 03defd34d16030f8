import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { cancelRegistration } from './cancel-registration';
import {
  CalendarFile,
  EventGallery,
  EventList,
  EventListQuery,
  EventView,
  IdParams,
  MyRegistration,
  ShareLink,
} from './contract';
import { eventGallery } from './event-gallery';
import { getEventView } from './get-event';
import { listEvents } from './list-events';
import { register } from './register';
import { registrationCalendar } from './registration-calendar';
import { json, tags } from './route-kit';
import { eventShareLink } from './share-link';

/** The employee's side: events aimed at me, registering, cancelling, my calendar file, the gallery. */
export function employeeRoutes() {
  const r = createRouter();

  // GET /api/events
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      tags,
      summary: 'Events for me: upcoming ones aimed at me, then recent ones I was registered for',
      request: { query: EventListQuery },
      responses: json('Events', EventList),
    }),
    async (c) => c.json({ events: await listEvents({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('query') }) }, 200),
  );

  // GET /api/events/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}',
      tags,
      summary: 'An event with my registration',
      request: { params: IdParams },
      responses: json('Event', EventView),
    }),
    async (c) => c.json(await getEventView({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('param') }), 200),
  );

  // GET /api/events/{id}/stories
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}/stories',
      tags,
      summary: 'The approved stories of an event (its gallery)',
      request: { params: IdParams },
      responses: json('Gallery', EventGallery),
    }),
    async (c) => c.json(await eventGallery({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('param') }), 200),
  );

  // POST /api/events/{id}/share-link
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/share-link',
      tags,
      summary: 'My tracked link to the event page (its clicks are counted like any share)',
      request: { params: IdParams },
      responses: json('Link', ShareLink),
    }),
    async (c) => c.json(await eventShareLink({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('param') }), 200),
  );

  // POST /api/events/{id}/registration
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/registration',
      tags,
      summary: 'Register (a seat, or the waiting list when full); registering twice answers the first registration',
      request: { params: IdParams },
      responses: json('My registration', MyRegistration),
    }),
    async (c) => c.json(await register({ ctx: ctxOf(c, 'events.join'), input: { eventId: c.req.valid('param').id } }), 200),
  );

  // POST /api/events/registrations/{id}/cancel
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/registrations/{id}/cancel',
      tags,
      summary: 'Give up my place (the first person waiting is promoted)',
      request: { params: IdParams },
      responses: json('Cancelled', MyRegistration),
    }),
    async (c) => c.json(await cancelRegistration({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('param') }), 200),
  );

  // GET /api/events/registrations/{id}/calendar.ics
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/registrations/{id}/calendar.ics',
      tags,
      summary: 'My registration as a calendar event',
      request: { params: IdParams },
      responses: { 200: { description: 'iCalendar', content: { 'text/calendar': { schema: CalendarFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { filename, ics } = await registrationCalendar({ ctx: ctxOf(c, 'events.join'), input: c.req.valid('param') });
      return c.body(ics, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      });
    },
  );
  return r;
}
