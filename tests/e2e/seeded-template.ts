import fs from 'node:fs';
import { startVoce } from '../support/voce-process';

/**
 * Global setup of the e2e run: one Voce process migrates and seeds the demo company into a data folder, then stops;
 * each test file that asks for the demo starts from a copy of that folder (seeding takes ~15 s, a copy well under one),
 * so files stay independent of each other and can run side by side.
 */
export default async function setup() {
  // Seeding writes the whole demo company (a year of shares and clicks): give a busy runner five minutes.
  const started = Date.now();
  const voce = await startVoce({ seed: true, readyWithinMs: 300_000 });
  await voce.stop();
  console.log(`demo seeded once for the e2e files in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.env.VOCE_E2E_SEEDED_DIR = voce.dataDir;
  return () => fs.rmSync(voce.dataDir, { recursive: true, force: true });
}
