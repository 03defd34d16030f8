import pg from 'pg';

/** A new, empty PostgreSQL database beside `base` (same server), and how to drop it: test runs never share one. */
export async function scratchDatabase(base: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const a = new pg.Client({ connectionString: base });
    await a.connect();
    try {
      await a.query(sql);
    } finally {
      await a.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
