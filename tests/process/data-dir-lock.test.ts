import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort, startVoce, type Voce } from '../support/voce-process';

let first: Voce;
// A real process migrating a fresh embedded database: a minute or more on a busy two-core runner.
beforeAll(async () => {
  first = await startVoce({ seed: false });
}, 180_000);
afterAll(async () => {
  await first?.stop();
});

it('refuses to start a second process on the same data folder, with a clear message', async () => {
  const port = await freePort();
  const second = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: first.dataDir, SEED_DEMO: 'never', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  second.stdout.on('data', (d) => (out += d));
  second.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
  expect(code).toBe(2);
  expect(out).toMatch(/already in use by another Voce process/);
  expect(out).toMatch(/DATABASE_URL/);
  // The first process is unharmed and still answers.
  expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
});
