import crypto from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { visitorSalts } from './schema';

const DAY = 86_400_000;
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The daily salts of visitor hashes, shared by every process through the database (the first process to ask for a
 * day creates it). Today's and tomorrow's are kept loaded so the redirect never waits for one.
 */
export class SaltBook {
  private readonly byDay = new Map<string, string>();
  // The last answer of saltFor, by day number: every recorded click asks, and formatting its date costs more than this.
  private last: { day: number; salt: string } | null = null;

  constructor(private readonly db: Db) {}

  /** Creates (if missing) and loads the salts of today and tomorrow. */
  async refresh(now = new Date()): Promise<void> {
    const days = [utcDay(now), utcDay(new Date(now.getTime() + 86_400_000))];
    await this.db
      .insert(visitorSalts)
      .values(days.map((day) => ({ day, salt: crypto.randomBytes(32).toString('base64url') })))
      .onConflictDoNothing();
    const rows = await this.db
      .select()
      .from(visitorSalts)
      .where(sql`${visitorSalts.day} in (${sql.join(days, sql`, `)})`);
    this.byDay.clear();
    this.last = null;
    for (const r of rows) this.byDay.set(r.day, r.salt);
  }

  /** The salt of the day of `at`, or undefined if not loaded yet (the caller refreshes and retries). */
  saltFor(at: Date): string | undefined {
    const day = Math.floor(at.getTime() / DAY);
    if (this.last?.day === day) return this.last.salt;
    const salt = this.byDay.get(utcDay(at));
    if (salt !== undefined) this.last = { day, salt };
    return salt;
  }

  /**
   * The salt of the day of `at`, loading it. If the database cannot answer, a salt of this process alone stands in for
   * that day (until the next refresh), so the visitor is still sent on; their visits may then count twice that hour.
   */
  async load(at: Date): Promise<string> {
    try {
      await this.refresh(at);
    } catch {
      // Recorded clicks wait in the spool anyway; the salt only needs to be stable for a while.
    }
    const day = utcDay(at);
    const salt = this.byDay.get(day) ?? crypto.randomBytes(32).toString('base64url');
    this.byDay.set(day, salt);
    this.last = null;
    return salt;
  }
}

/** Deletes salts older than yesterday: past hashes can no longer be linked to an address. */
export async function forgetOldSalts(db: Db, now = new Date()): Promise<number> {
  const cutoff = utcDay(new Date(now.getTime() - 86_400_000));
  const gone = await db.delete(visitorSalts).where(lt(visitorSalts.day, cutoff)).returning({ day: visitorSalts.day });
  return gone.length;
}
