import fs from 'node:fs';
import path from 'node:path';
import type { ClickRecord } from './spool';

// Characters that never need escaping in a JSON string: what ids, times, hashes and device classes are made of.
const PLAIN = /^[\w.:+-]*$/;
const text = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));

/**
 * One click as a line of its spool file: the JSON of the record (what readSpoolFile parses), written field by field
 * because it runs for every recorded click and JSON.stringify of an object costs several times more. A record holding
 * anything unusual takes JSON.stringify's path.
 */
export function spoolLine(r: ClickRecord): string {
  const { id, orgId, linkId, at, visitorHash, deviceClass } = r;
  if (orgId === undefined || !PLAIN.test(`${id}${orgId}${linkId}${at}${visitorHash}${deviceClass}`))
    return `${JSON.stringify(r)}\n`;
  return `{"id":"${id}","orgId":"${orgId}","linkId":"${linkId}","at":"${at}","visitorHash":"${visitorHash}","referrerHost":${text(r.referrerHost)},"deviceClass":"${deviceClass}","country":${text(r.country)}}\n`;
}

/** The clicks of a spool file, or null if the file is gone. */
export function readSpoolFile(file: string): ClickRecord[] | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const records: ClickRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      records.push(JSON.parse(line) as ClickRecord);
    } catch {
      // A torn last line (power loss, or a failed write): that redirect was answered without it being on disk.
    }
  }
  return records;
}

/**
 * Files left by processes that are gone (killed, crashed), oldest first. A file of a live process on this host is left
 * alone (several processes may share a spool folder on one host); `mine` is this spool's own prefix.
 */
export function spoolOrphans(dir: string, mine: string, exclusive: boolean): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return []; // the folder is gone or unreadable: the spool reports it when it next writes
  }
  return names
    .filter((f) => f.startsWith('clicks-') && f.endsWith('.ndjson') && !f.startsWith(mine) && (exclusive || !ownerAlive(f)))
    .sort()
    .map((f) => path.join(dir, f));
}

function ownerAlive(file: string): boolean {
  const pid = Number(file.split('-')[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A committed file that cannot be removed is replayed later, harmlessly: every click is inserted once by its id. */
export function removeFile(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // See above.
  }
}
