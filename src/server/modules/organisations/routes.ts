import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { OrgSettings, OrgSettingsPatch } from './contract';
import { getOrgSettings } from './get-org-settings';
import { updateOrgSettings } from './update-org-settings';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export function organisationRoutes() {
  const r = createRouter();

  // GET /api/organisation/settings
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/organisation/settings',
      tags: ['organisations'],
      summary: 'Sharing rules and EMV rates of my organisation (any member: the share flow needs them)',
      responses: { 200: { description: 'Settings', ...json(OrgSettings) }, ...errorResponses },
    }),
    async (c) => {
      const s = await getOrgSettings({ ctx: ctxOf(c) });
      return c.json({ ...s, disclosure: s.disclosure ?? null }, 200);
    },
  );

  // PATCH /api/organisation/settings
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/organisation/settings',
      tags: ['organisations'],
      summary: 'Change the name, disclosure line, blocked words, approval rule and EMV rates',
      request: { body: { ...json(OrgSettingsPatch), required: true } },
      responses: { 200: { description: 'Settings', ...json(OrgSettings) }, ...errorResponses },
    }),
    async (c) => c.json(await updateOrgSettings({ ctx: ctxOf(c, 'org.settings'), input: c.req.valid('json') }), 200),
  );

  return r;
}
