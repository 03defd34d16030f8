import fs from 'node:fs';
import path from 'node:path';
import type { ClickRecord } from './spool';

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
