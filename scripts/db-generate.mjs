// Generates the migration for schema changes that have not landed yet. Landed migrations (up to the tag in
// migrations/landed.json) are never rewritten: deployed databases have applied them. Everything after them is
// regenerated as one file, so a session's schema work ships as one migration. Run through `npm run db:generate`,
// which holds a lock so two people generating at once cannot interleave.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('migrations');
const journalFile = path.join(dir, 'meta', '_journal.json');
const { last } = JSON.parse(fs.readFileSync(path.join(dir, 'landed.json'), 'utf8'));
const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
const keep = journal.entries.findIndex((e) => e.tag === last);
if (keep < 0) throw new Error(`landed migration ${last} is not in the journal`);
for (const e of journal.entries.slice(keep + 1)) {
  fs.rmSync(path.join(dir, `${e.tag}.sql`), { force: true });
  fs.rmSync(path.join(dir, 'meta', `${String(e.idx).padStart(4, '0')}_snapshot.json`), { force: true });
}
journal.entries = journal.entries.slice(0, keep + 1);
fs.writeFileSync(journalFile, `${JSON.stringify(journal, null, 2)}\n`);
const name = process.argv[2] ?? 'unreleased';
execFileSync('npx', ['drizzle-kit', 'generate', '--name', name], { stdio: 'inherit' });
