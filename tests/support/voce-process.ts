import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export type Voce = {
  url: string;
  dataDir: string;
  pid: number;
  output: () => string;
  stop(): Promise<void>;
  kill(): Promise<void>;
};

/** A real Voce process (npm start's server) on a free port and an empty data folder, seeded with the demo unless told not to. */
export async function startVoce(
  opts: { seed?: boolean; env?: Record<string, string>; dataDir?: string; pinned?: string[]; readyWithinMs?: number } = {},
): Promise<Voce> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'voce-e2e-'));
  // The e2e run seeds the demo once (tests/e2e/seeded-template.ts) and every file starts from a copy of it.
  const template = process.env.VOCE_E2E_SEEDED_DIR;
  if (!opts.dataDir && opts.seed !== false && template && !opts.env?.DATABASE_URL) {
    fs.cpSync(template, dataDir, { recursive: true });
  }
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  // pinned: a command prefix such as ['taskset', '-c', '1'] (benchmarks keep the server off the load generator's CPU).
  const [cmd, ...args] = [...(opts.pinned ?? []), process.execPath, '--import', 'tsx', 'src/server/main.ts'];
  const child: ChildProcess = spawn(cmd, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      SEED_DEMO: opts.seed === false ? 'never' : 'auto',
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + (opts.readyWithinMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Voce exited (${child.exitCode}):\n${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok && out.includes('Voce is running')) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`Voce did not become ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
