import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boot } from '../../src/server/boot';
import { createAuth, createLogin } from '../../src/server/modules/auth';
import { organisations } from '../../src/server/modules/organisations/schema';
import { people } from '../../src/server/modules/people/schema';
import { loadConfig } from '../../src/server/platform/config';

export const ADMIN = { email: 'ada.admin@example.test', password: 'admin-password-2026', name: 'Ada Amministratrice' };
export const NEWCOMER = { email: 'emma.english@example.test', name: 'Emma English' };

/**
 * A data folder holding one organisation with an Italian admin and Emma, an English speaker without a login yet.
 * Written before Voce starts (the embedded database serves one process at a time).
 */
export async function prepareDataDir(): Promise<{ dataDir: string; emmaId: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-e2e-foundation-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'never' });
  const { platform, shutdown } = await boot(config, { work: false });
  try {
    const [org] = await platform.db.insert(organisations).values({ name: 'Acme Italia', slug: 'acme-italia' }).returning();
    const userId = await createLogin(createAuth(platform), ADMIN);
    await platform.db
      .insert(people)
      .values({ orgId: org.id, userId, email: ADMIN.email, name: ADMIN.name, roles: ['admin'], locale: 'it', status: 'active' });
    const [emma] = await platform.db
      .insert(people)
      .values({ orgId: org.id, email: NEWCOMER.email, name: NEWCOMER.name, locale: 'en', status: 'pending' })
      .returning();
    return { dataDir, emmaId: emma.id };
  } finally {
    await shutdown();
  }
}
