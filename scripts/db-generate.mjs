// Generates the migration for schema changes that have not landed yet. Landed migrations (up to the tag in
// migrations/landed.json) are never rewritten: deployed databases have applied them. Everything after them is
// regenerated as one file, so a session's schema work ships as one migration. Run through `npm run db:generate`,
// which holds a lock so two people generating at once cannot interleave.
//
// What the generated DDL cannot say (filling a new column from old ones, moving a value) is written by hand in
// migrations/data/*.sql: those files are appended, in name order, after the generated statements of the unreleased
// migration, so they run once, in the same migration, after the columns they need exist. Separate statements with a
// line `--> statement-breakpoint` (PGlite runs one statement per query). When a release lands, its data files are
// deleted together with the move of landed.json: they are part of the landed migration from then on.
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

const dataDir = path.join(dir, 'data');
const dataFiles = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).filter((f) => f.endsWith('.sql')).sort() : [];
const generated = JSON.parse(fs.readFileSync(journalFile, 'utf8')).entries.at(-1);
if (dataFiles.length > 0 && generated && generated.tag !== last) {
  const file = path.join(dir, `${generated.tag}.sql`);
  const steps = dataFiles.map((f) => `-- data: migrations/data/${f}\n${fs.readFileSync(path.join(dataDir, f), 'utf8').trim()}`);
  fs.appendFileSync(file, `--> statement-breakpoint\n${steps.join('\n--> statement-breakpoint\n')}\n`);
  console.log(`appended ${dataFiles.length} data step(s) to ${generated.tag}.sql`);
}
