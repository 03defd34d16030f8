import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, startVoce, type Voce } from '../support/voce-process';

let voce: Voce | undefined;
afterAll(async () => {
  await voce?.stop();
});

/** Runs `npm start`'s server with the given environment until it exits; its output and exit code. */
async function runToExit(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-public-url-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(await freePort()), DATA_DIR: dataDir, SEED_DEMO: 'never', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out };
}

it('refuses to start on PostgreSQL without PUBLIC_URL, saying what to set, before touching the database', async () => {
  // Nothing listens on port 1: had the process tried the database first, the error would be a connection failure.
  const { code, out } = await runToExit({
    DATABASE_URL: 'postgres://voce@127.0.0.1:1/voce',
    SECRET: 'x'.repeat(40),
    PUBLIC_URL: '',
  });
  expect(code).toBe(2);
  expect(out).toMatch(/PUBLIC_URL is required when DATABASE_URL is set/);
  expect(out).toMatch(/PUBLIC_URL=https:\/\//);
  expect(out).not.toMatch(/ECONNREFUSED/);
});

it('starts on the embedded database without PUBLIC_URL, warning that links will say localhost', async () => {
  voce = await startVoce({ seed: false, env: { PUBLIC_URL: '' } });
  expect(voce.output()).toMatch(/Warning: PUBLIC_URL is not set: links .* will point to http:\/\/localhost:\d+/);
  expect((await fetch(`${voce.url}/readyz`)).status).toBe(200);
  // A real process migrating a fresh embedded database: well over 30 s on a busy two-core runner.
}, 180_000);
