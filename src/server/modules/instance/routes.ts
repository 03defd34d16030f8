import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { InstanceAddress } from './contract';
import { getInstanceAddress } from './get-instance-address';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export function instanceRoutes() {
  const r = createRouter();

  // GET /api/instance/address
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/instance/address',
      tags: ['instance'],
      summary: 'The public address links are built from (PUBLIC_URL), and whether it was configured (admins)',
      responses: { 200: { description: 'Address', ...json(InstanceAddress) }, ...errorResponses },
    }),
    async (c) => c.json(await getInstanceAddress({ ctx: ctxOf(c, 'org.settings') }), 200),
  );

  return r;
}
