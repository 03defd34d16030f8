import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/server/platform/permissions';
import { adminOfNewOrg } from '../../src/server/testing/fixtures';
import { findTenantLeaks } from '../../src/server/testing/tenant-leaks';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';
import { MARKER, populateVictim } from './victim';

/**
 * Every route of every module is called with every victim id: minutes, as the modules grow (about 4 min alone on 2
 * cores at 22 modules). The routes are split between test files so that the two workers walk them side by side.
 */
export function walkEveryRoute(shard: { index: number; of: number }) {
  describe(`tenant isolation over every route of the OpenAPI document (part ${shard.index + 1} of ${shard.of})`, () => {
    let tp: TestPlatform;
    beforeAll(async () => {
      tp = await createTestPlatform();
    });
    afterAll(async () => tp?.close());

    it('never answers a member of another organisation with the victim organisation’s data, nor changes it', async () => {
      const victim = await populateVictim(tp);
      const { api } = await adminOfNewOrg(tp, [...roles]);
      const found = await findTenantLeaks(tp, { victimOrgId: victim.org.id, markers: [MARKER], attacker: api, shard });
      console.log('tenant walk', { part: shard.index + 1, routes: found.routes, calls: found.calls });
      expect(found.leaks).toEqual([]);
      expect(found.routes).toBeGreaterThan(5);
      expect(found.calls).toBeGreaterThan(found.routes);
    }, 1_500_000);
  });
}
