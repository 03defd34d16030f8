import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { exportFormats, sendSheet, spreadsheetFile } from '../../platform/http/spreadsheet';
import {
  PeopleExportQuery,
  PeopleFacets,
  PeopleList,
  PeopleListQuery,
  Person,
  PersonInput,
  PersonParams,
  PersonPatch,
} from './contract';
import { createPerson } from './create-person';
import { deactivatePerson } from './deactivate-person';
import { exportPeople } from './export-people';
import { getPerson } from './get-person';
import { listFacets } from './list-facets';
import { listPeople } from './list-people';
import { reactivatePerson } from './reactivate-person';
import { peopleImportRoutes } from './routes-import';
import { updatePerson } from './update-person';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const one = {
  200: { description: 'The person', ...json(Person) },
  409: { description: 'Conflict' },
  422: { description: 'Refused' },
  ...errorResponses,
};

export function peopleRoutes() {
  const r = createRouter();
  // Fixed paths first: /api/people/{id} would otherwise catch "facets" and "export.csv"/"export.xlsx".

  // GET /api/people/facets
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/people/facets',
      tags: ['people'],
      summary: 'Departments and sites in use (filters and targeting pickers)',
      responses: { 200: { description: 'Facets', ...json(PeopleFacets) }, ...errorResponses },
    }),
    async (c) => c.json(await listFacets({ ctx: ctxOf(c, 'share') }), 200),
  );

  // GET /api/people/export.csv, GET /api/people/export.xlsx
  for (const format of exportFormats)
    r.openapi(
      createRoute({
        method: 'get',
        path: `/api/people/export.${format}`,
        tags: ['people'],
        summary:
          format === 'csv'
            ? "The filtered directory as CSV (the import columns), UTF-8 with BOM; separator ';' for Italian readers unless `delimiter` says"
            : 'The filtered directory as an Excel workbook (the import columns, hire dates as dates)',
        request: { query: PeopleExportQuery },
        responses: { ...spreadsheetFile, ...errorResponses },
      }),
      async (c) => {
        const ctx = ctxOf(c, 'people.read');
        const input = c.req.valid('query');
        const { basename, sheet } = await exportPeople({ ctx, input });
        return sendSheet(c, { basename, format, sheet, locale: ctx.locale, delimiter: input.delimiter });
      },
    );

  r.route('/', peopleImportRoutes());

  // GET /api/people
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/people',
      tags: ['people'],
      summary: 'The people directory: search, filters, sort, pages',
      request: { query: PeopleListQuery },
      responses: { 200: { description: 'People', ...json(PeopleList) }, ...errorResponses },
    }),
    async (c) => c.json(await listPeople({ ctx: ctxOf(c, 'people.read'), input: c.req.valid('query') }), 200),
  );

  // POST /api/people
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/people',
      tags: ['people'],
      summary: 'Add a person (pending, without a login)',
      request: { body: { ...json(PersonInput), required: true } },
      responses: one,
    }),
    async (c) => c.json(await createPerson({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('json') }), 200),
  );

  // GET /api/people/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/people/{id}',
      tags: ['people'],
      summary: 'One person',
      request: { params: PersonParams },
      responses: one,
    }),
    async (c) => c.json(await getPerson({ ctx: ctxOf(c, 'people.read'), input: c.req.valid('param') }), 200),
  );

  // PATCH /api/people/{id}
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/people/{id}',
      tags: ['people'],
      summary: 'Edit a person, roles included (the admin role only by an admin)',
      request: { params: PersonParams, body: { ...json(PersonPatch), required: true } },
      responses: one,
    }),
    async (c) =>
      c.json(
        await updatePerson({ ctx: ctxOf(c, 'people.write'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/people/{id}/deactivate
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/{id}/deactivate',
      tags: ['people'],
      summary: 'Deactivate a person: no access, signed out everywhere',
      request: { params: PersonParams },
      responses: one,
    }),
    async (c) => c.json(await deactivatePerson({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('param') }), 200),
  );

  // POST /api/people/{id}/reactivate
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/{id}/reactivate',
      tags: ['people'],
      summary: 'Reactivate a person (active with a login, else pending)',
      request: { params: PersonParams },
      responses: one,
    }),
    async (c) => c.json(await reactivatePerson({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('param') }), 200),
  );

  return r;
}
