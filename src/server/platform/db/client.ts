import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One database type for both drivers: PGlite's drizzle database is query-compatible with node-postgres'. */
export type Db = NodePgDatabase<Record<string, never>>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** Raw SQL with parameters, used by pg-boss and bulk paths. Without values, may hold several statements. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * A transaction for bulk ingestion: plain queries plus `copyIn`, which streams rows in PostgreSQL's COPY text format
 * (tab-separated, `\\N` for null, one row per line) into a table — the cheapest way to write many rows.
 */
export type BulkTx = {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  copyIn(table: string, columns: string[], body: string): Promise<void>;
};

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Dashboards and reports read through this pool (PostgreSQL: its own connections, so a dashboard never queues behind
   * the job queue or the click writer; PGlite: the same single connection as `db`).
   */
  reportDb: Db;
  executeSql: ExecuteSql;
  /** Runs `fn` in one transaction on the bulk writer's own connection (PostgreSQL) and commits, or rolls back on error. */
  bulk<T>(fn: (tx: BulkTx) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

/** Sizes of the PostgreSQL pools of one process: requests and jobs, dashboards, and the click writer. */
export type PoolSizes = { main: number; reports: number; writer: number };
export const defaultPoolSizes: PoolSizes = { main: 10, reports: 4, writer: 2 };

const copySql = (table: string, columns: string[], source: string) => `copy ${table} (${columns.join(', ')}) from ${source}`;

/**
 * Limits of the PostgreSQL pool, in milliseconds (0 = none). A stuck query or an abandoned transaction would otherwise
 * hold a connection (and its locks) for ever, and an unreachable server would make every request wait on TCP.
 * Migrations run on their own connection without them. No client-side query_timeout: when it fires the query is still
 * running on a connection that drizzle's transaction then returns to the pool; the server-side limits cancel cleanly
 * and TCP keep-alive notices a vanished server.
 */
export type DbTimeouts = { connectMs: number; statementMs: number; idleInTransactionMs: number };

/**
 * Defaults: 10 s to connect; 60 s per statement (dashboards read rollups in well under a second, the raw-click
 * aggregates measured at 50M rows took up to 14 s, and retention deletes run in small batches); 60 s idle inside a
 * transaction (no transaction waits on a person or a remote service).
 */
export const defaultDbTimeouts: DbTimeouts = { connectMs: 10_000, statementMs: 60_000, idleInTransactionMs: 60_000 };

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../migrations');

export function pgliteDatabase(client: PGlite): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    reportDb: db,
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const r = await client.query<Record<string, unknown>>(text, values);
        return { rows: r.rows };
      }
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    bulk(fn) {
      return client.transaction((tx) =>
        fn({
          async query(text, values) {
            const r = await tx.query<Record<string, unknown>>(text, values);
            return { rows: r.rows };
          },
          async copyIn(table, columns, body) {
            // PGlite reads COPY input from a blob handed over with the query.
            await tx.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([body]) });
          },
        }),
      );
    },
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  return pgliteDatabase(client);
}

function newPool(url: string, max: number, timeouts: DbTimeouts, settings = ''): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // No JIT: Voce's queries are short and index-driven, and compiling them cost ~80 ms a query on dashboards that
    // otherwise answer in tens of milliseconds (measured on the 5-million-click benchmark).
    options: `-c jit=off${settings}`,
  });
  // A connection the server ends (idle-in-transaction limit, restart, failover) emits 'error'; unhandled, that would
  // end the process. The query that was using it fails and says so where it is awaited; the pool drops the connection.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** `sizes`: a number sizes the main pool (the others keep their defaults, capped by it). */
export function openPostgres(
  url: string,
  sizes: number | Partial<PoolSizes> = defaultPoolSizes,
  timeouts: DbTimeouts = defaultDbTimeouts,
): Database {
  const s: PoolSizes =
    typeof sizes === 'number'
      ? { main: sizes, reports: Math.min(defaultPoolSizes.reports, sizes), writer: Math.min(defaultPoolSizes.writer, sizes) }
      : { ...defaultPoolSizes, ...sizes };
  const pool = newPool(url, s.main, timeouts);
  // A dashboard waiting for one of the few report connections is slow; one refused after 10 s is an error page. It
  // waits as long as a statement may run. No parallel workers: a dashboard's reads are small reads of rollups, several
  // side by side, and launching workers took ~30 ms of a 7 ms read (one-year overview at 50 M clicks) on cores the
  // other users' reads need.
  const reports = newPool(
    url,
    s.reports,
    { ...timeouts, connectMs: Math.max(timeouts.connectMs, timeouts.statementMs) },
    ' -c max_parallel_workers_per_gather=0',
  );
  const writer = newPool(url, s.writer, timeouts);
  const db = drizzlePg(pool) as Db;
  return {
    kind: 'postgres',
    db,
    reportDb: drizzlePg(reports) as Db,
    async executeSql(text, values) {
      const r = await pool.query(text, values);
      const last = Array.isArray(r) ? r.at(-1) : r;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
    async bulk(fn) {
      const client = await writer.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await fn({
          async query(text, values) {
            const r = await client.query(text, values);
            return { rows: r.rows as Record<string, unknown>[] };
          },
          async copyIn(table, columns, body) {
            const stream = client.query(copyFrom(copySql(table, columns, 'stdin')));
            await new Promise<void>((resolve, reject) => {
              stream.on('error', reject);
              stream.on('finish', resolve);
              stream.end(body);
            });
          },
        });
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch((e: Error) => {
          broken = e; // the connection is unusable: drop it rather than return it to the pool
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async migrate() {
      // Several processes may start together on one PostgreSQL: one migrates, the others wait. Its own connection,
      // without the pool's statement limit: rewriting a large table may take longer than any request should.
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeouts.connectMs });
      client.on('error', () => {}); // as above: the migration's query fails and says why
      await client.connect();
      try {
        await client.query('set statement_timeout = 0');
        await client.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(727274)').catch(() => {});
        await client.end();
      }
    },
    async close() {
      await Promise.all([pool.end(), reports.end(), writer.end()]);
    },
  };
}
