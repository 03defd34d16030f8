import net from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { defaultDbTimeouts, openPostgres } from './client';

const pgUrl = process.env.VOCE_TEST_PG_URL;

describe('PostgreSQL pool limits', () => {
  let silent: net.Server;
  let port = 0;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    // A server that accepts connections and never answers: a database host that hangs.
    silent = net.createServer((s) => sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    port = (silent.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  it('are configurable, with documented defaults', () => {
    expect(loadConfig({}).dbTimeouts).toEqual(defaultDbTimeouts);
    expect(defaultDbTimeouts).toEqual({ connectMs: 10_000, statementMs: 60_000, idleInTransactionMs: 60_000 });
    expect(
      loadConfig({ DB_CONNECT_TIMEOUT_MS: '2000', DB_STATEMENT_TIMEOUT_MS: '0', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000' })
        .dbTimeouts,
    ).toEqual({ connectMs: 2000, statementMs: 0, idleInTransactionMs: 5000 });
  });

  it('gives up connecting to a server that does not answer, instead of waiting for ever', async () => {
    const database = openPostgres(`postgres://voce@127.0.0.1:${port}/voce`, 1, { ...defaultDbTimeouts, connectMs: 300 });
    const started = Date.now();
    await expect(database.executeSql('select 1')).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    await database.close();
  });

  it.runIf(pgUrl)('cancels a statement that runs too long and keeps serving', async () => {
    const database = openPostgres(pgUrl as string, 1, { ...defaultDbTimeouts, statementMs: 200 });
    await expect(database.db.execute(sql`select pg_sleep(3)`)).rejects.toMatchObject({ cause: { code: '57014' } });
    expect((await database.executeSql('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
    await database.close();
  });

  it.runIf(pgUrl)('ends a transaction left idle, releasing its locks', async () => {
    const database = openPostgres(pgUrl as string, 2, { ...defaultDbTimeouts, idleInTransactionMs: 200 });
    const abandoned = database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await new Promise((r) => setTimeout(r, 1_000));
      await tx.execute(sql`select 2`);
    });
    await expect(abandoned).rejects.toThrow();
    expect((await database.executeSql('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
    await database.close();
  });

  it.runIf(pgUrl)('migrates on a connection without the statement limit', async () => {
    const database = openPostgres(pgUrl as string, 1, { ...defaultDbTimeouts, statementMs: 1 });
    await expect(database.migrate()).resolves.toBeUndefined();
    await database.close();
  });
});
