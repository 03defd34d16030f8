import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { people } from '../../src/server/modules/people/schema';
import { errorResponses } from '../../src/server/platform/http/errors';
import { createRouter, ctxOf } from '../../src/server/platform/http/router';
import type { Module } from '../../src/server/platform/module';
import { roles } from '../../src/server/platform/permissions';
import { adminOfNewOrg } from '../../src/server/testing/fixtures';
import { findTenantLeaks } from '../../src/server/testing/tenant-leaks';
import { createTestPlatform } from '../../src/server/testing/test-platform';
import { walkEveryRoute } from './tenant-walk';
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

walkEveryRoute({ index: 0, of: 2 });

describe('tenant isolation: the check itself', () => {
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
  }, 180_000);
});
