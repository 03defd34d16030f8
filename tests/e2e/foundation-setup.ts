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
 * The CSV an HR person would export from their payroll system: Italian headers, ';' as separator, Emma (an English
 * speaker) managed by the admin, a colleague, and one row with a broken e-mail that the preview must point out.
 */
export const PEOPLE_CSV = [
  'nome;email;reparto;sede;email_responsabile;lingua;data_assunzione',
  `${NEWCOMER.name};${NEWCOMER.email};Marketing;Milano;${ADMIN.email};en;01/09/2026`,
  'Marco Bianchi;marco.bianchi@example.test;Produzione;Parma;;it;2019-03-15',
  'Riga Rotta;non-una-email;Logistica;Piacenza;;it;',
].join('\n');

/**
 * A data folder holding one organisation with its Italian admin and nobody else: the people arrive by CSV import.
 * Written before Voce starts (the embedded database serves one process at a time).
 */
export async function prepareDataDir(): Promise<{ dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-e2e-foundation-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'never' });
  const { platform, shutdown } = await boot(config, { work: false });
  try {
    const [org] = await platform.db.insert(organisations).values({ name: 'Acme Italia', slug: 'acme-italia' }).returning();
    const userId = await createLogin(createAuth(platform), platform.db, ADMIN);
    await platform.db
      .insert(people)
      .values({ orgId: org.id, userId, email: ADMIN.email, name: ADMIN.name, roles: ['admin'], locale: 'it', status: 'active' });
    return { dataDir };
  } finally {
    await shutdown();
  }
}
