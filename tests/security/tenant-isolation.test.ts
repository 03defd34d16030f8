import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/server/modules/people/schema';
import { errorResponses } from '../../src/server/platform/http/errors';
import { createRouter, ctxOf } from '../../src/server/platform/http/router';
import type { Module } from '../../src/server/platform/module';
import { roles } from '../../src/server/platform/permissions';
import { adminOfNewOrg } from '../../src/server/testing/fixtures';
import { findTenantLeaks } from '../../src/server/testing/tenant-leaks';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';
import { MARKER, populateVictim } from './victim';

/** A route that forgets the tenant on purpose: the check must catch it. */
const leakyModule: Module = {
  name: 'leaky',
  routes: () => {
    const r = createRouter();
    r.openapi(
      createRoute({
        method: 'get',
        path: '/api/leaky/people/{id}',
        tags: ['test'],
        request: { params: z.object({ id: z.string().uuid() }) },
        responses: { 200: { description: 'A person, from any organisation (the bug)' }, ...errorResponses },
      }),
      async (c) => {
        const ctx = ctxOf(c, 'people.read');
        const [p] = await ctx.db
          .select()
          .from(people)
          .where(eq(people.id, c.req.valid('param').id));
        return c.json(p ?? {}, 200);
      },
    );
    return r;
  },
};

// Every route of every module is called with every victim id: minutes, not seconds, as the modules grow (about 2 min
// alone on 2 cores at 19 modules; the limit leaves room for a busy runner).
describe('tenant isolation over every route of the OpenAPI document', () => {
  let tp: TestPlatform;
  beforeAll(async () => {
    tp = await createTestPlatform();
  });
  afterAll(async () => tp?.close());

  it('never answers a member of another organisation with the victim organisation’s data, nor changes it', async () => {
    const victim = await populateVictim(tp);
    const { api } = await adminOfNewOrg(tp, [...roles]);
    const { leaks, routes, calls } = await findTenantLeaks(tp, { victimOrgId: victim.org.id, markers: [MARKER], attacker: api });
    console.log('tenant walk', { routes, calls });
    expect(leaks).toEqual([]);
    expect(routes).toBeGreaterThan(5);
    expect(calls).toBeGreaterThan(routes);
  }, 1_500_000);

  it('catches a route that forgets the tenant (the test of the test)', async () => {
    const leaky = await createTestPlatform({}, [leakyModule]);
    try {
      const victim = await populateVictim(leaky);
      const { api } = await adminOfNewOrg(leaky, [...roles]);
      const { leaks } = await findTenantLeaks(leaky, {
        victimOrgId: victim.org.id,
        markers: [MARKER],
        attacker: api,
        paths: (p) => p.startsWith('/api/leaky/'),
      });
      expect(new Set(leaks.map((l) => `${l.method.toUpperCase()} ${l.path}`))).toEqual(new Set(['GET /api/leaky/people/{id}']));
    } finally {
      await leaky.close();
    }
  });
});
