import type { BulkTx, Database } from '../../platform/db/client';
import { addClickCounts, LATE_LOCK, lateClicksSource, ROLLUP_LOCK } from './click-rollup';
import { rolledThrough } from './rollup-state';
import type { ClickRecord } from './spool';

const HOUR = 3_600_000;
const COLUMNS = ['id', 'org_id', 'link_id', 'at', 'hour_bucket', 'visitor_hash', 'referrer_host', 'device_class', 'country'];

let lastHour = { key: '', ms: 0, iso: '' };

/**
 * The UTC hour a click time falls in: its start in ms and as text. Nearly every click of a batch shares one, so it is
 * worked out once per hour rather than parsed and formatted per click.
 */
function hourOfAt(at: string): { ms: number; iso: string } {
  // In toISOString's form ("2026-12-03T14:05:36.123Z") the first 13 characters name the hour; any other form is parsed.
  const key = at.length === 24 && at.endsWith('Z') ? at.slice(0, 13) : at;
  if (key !== lastHour.key) {
    const ms = Math.floor(Date.parse(at) / HOUR) * HOUR;
    lastHour = { key, ms, iso: new Date(ms).toISOString() };
  }
  return lastHour;
}

export const hourOf = (at: string) => hourOfAt(at).ms;

/** Keeps the first click of each visitor on each link in each UTC hour (the same person clicking again counts once). */
export function dedupe(records: ClickRecord[]): ClickRecord[] {
  const seen = new Set<string>();
  const kept: ClickRecord[] = [];
  for (const r of records) {
    const key = `${r.linkId}|${r.visitorHash}|${hourOf(r.at)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(r);
  }
  return kept;
}

/** COPY text format: tab-separated, \N for null; our values never hold tabs, newlines or backslashes but are escaped anyway. */
const SPECIAL = /[\\\t\n\r]/;
const field = (v: string | null | undefined) =>
  v == null
    ? '\\N'
    : !SPECIAL.test(v)
      ? v
      : v.replace(/[\\\t\n\r]/g, (c) => `\\${c === '\t' ? 't' : c === '\n' ? 'n' : c === '\r' ? 'r' : '\\'}`);

function copyBody(records: (ClickRecord & { orgId: string })[]): string {
  let out = '';
  for (const r of records)
    out += `${r.id}\t${r.orgId}\t${r.linkId}\t${r.at}\t${hourOfAt(r.at).iso}\t${field(r.visitorHash)}\t${field(r.referrerHost)}\t${field(r.deviceClass)}\t${field(r.country)}\n`;
  return out;
}

/** Fills in the organisation of records written before the spool carried it; records of deleted links are dropped. */
async function withOrg(tx: BulkTx, records: ClickRecord[]): Promise<(ClickRecord & { orgId: string })[]> {
  const missing = [...new Set(records.filter((r) => !r.orgId).map((r) => r.linkId))];
  if (missing.length === 0) return records as (ClickRecord & { orgId: string })[];
  const { rows } = await tx.query('select id, org_id from links where id = any($1::uuid[])', [missing]);
  const org = new Map(rows.map((r) => [String(r.id), String(r.org_id)]));
  return records.flatMap((r) => {
    const orgId = r.orgId ?? org.get(r.linkId);
    return orgId ? [{ ...r, orgId }] : [];
  });
}

/**
 * Writes a batch of answered clicks in one transaction: a COPY into the raw clicks table, nothing else on the usual
 * path (the rollup job counts them once their hour is closed; dashboards read the open hours live). Clicks of an hour
 * the rollup has already passed (a replayed spool, a database that was away) are counted here, in the same
 * transaction, unless their visitor is already counted for that link and hour.
 *
 * `batchId` (the spool file) makes the write exactly-once: a batch already committed is skipped. The shared lock keeps
 * the rollup from moving its watermark between our reading it and our commit. Returns how many clicks were written.
 */
export async function insertClicks(database: Database, records: ClickRecord[], batchId: string | null = null): Promise<number> {
  const unique = dedupe(records);
  if (unique.length === 0) return 0;
  return database.bulk(async (tx) => {
    await tx.query('select pg_advisory_xact_lock_shared($1)', [ROLLUP_LOCK]);
    if (batchId) {
      const fresh = await tx.query('insert into click_batches (id) values ($1) on conflict do nothing returning id', [batchId]);
      if (fresh.rows.length === 0) return 0;
    }
    const rows = await withOrg(tx, unique);
    const watermark = await rolledThrough(tx);
    const late = rows.filter((r) => hourOf(r.at) < watermark);
    if (late.length > 0) {
      await tx.query('select pg_advisory_xact_lock($1)', [LATE_LOCK]);
      await addClickCounts(tx, lateClicksSource, [
        late.map((r) => r.linkId),
        late.map((r) => r.visitorHash),
        late.map((r) => new Date(hourOf(r.at)).toISOString()),
      ]);
    }
    if (rows.length > 0) await tx.copyIn('clicks', COLUMNS, copyBody(rows));
    return rows.length;
  });
}
