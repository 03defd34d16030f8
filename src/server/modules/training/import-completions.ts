import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import { listOrgPeople } from '../people';
import { parseCompletions, parseDay } from './completions-csv';
import type { CompletionsImportBodyT, CompletionsImportResultT } from './contract';
import { markCompleted } from './mark-completed';
import { today } from './rows';
import { trainings } from './schema';

const MAX_ROWS = 20_000;
type Problem = CompletionsImportResultT['errors'][number];

/**
 * Completions from an LMS export: e-mail, training (its code or title) and completion day per row. Every problem of
 * every row is reported, as in the people import; with `apply`, the valid rows are recorded (idempotent: a
 * completion already known keeps its first day) and the others are left out.
 */
export async function importCompletions({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CompletionsImportBodyT;
}): Promise<CompletionsImportResultT> {
  requirePermission(ctx, 'training.manage');
  const { rows, missing } = parseCompletions(input.csv);
  if (rows.length > MAX_ROWS) throw invalid('training.too_many_rows', { max: MAX_ROWS });
  const people = new Map((await listOrgPeople(ctx)).map((p) => [p.email.toLowerCase(), p]));
  const all = await ctx.db
    .select({ id: trainings.id, title: trainings.title, code: trainings.code })
    .from(trainings)
    .where(ofOrg(ctx, trainings));
  const byCode = new Map(all.flatMap((t) => (t.code ? [[t.code.toLowerCase(), [t.id]] as const] : [])));
  const byTitle = new Map<string, string[]>();
  for (const t of all) byTitle.set(t.title.toLowerCase(), [...(byTitle.get(t.title.toLowerCase()) ?? []), t.id]);

  const errors: Problem[] = [];
  const valid: { trainingId: string; personId: string; at: Date }[] = [];
  const seen = new Set<string>();
  const day = today();
  for (const r of rows) {
    const problems: Problem[] = [];
    const add = (code: Problem['code'], value: string) => problems.push({ row: r.row, code, value });
    const person = people.get(r.email.toLowerCase());
    if (!r.email) add('missing_email', '');
    else if (!person) add('unknown_person', r.email);
    const matches = byCode.get(r.training.toLowerCase()) ?? byTitle.get(r.training.toLowerCase()) ?? [];
    if (!r.training) add('missing_training', '');
    else if (matches.length === 0) add('unknown_training', r.training);
    else if (matches.length > 1) add('ambiguous_training', r.training);
    const completed = parseDay(r.completed);
    if (!completed) add('invalid_date', r.completed);
    else if (completed > day) add('future_date', r.completed);
    const key = `${person?.id}|${matches[0]}`;
    if (problems.length === 0 && seen.has(key)) add('duplicate_in_file', r.email);
    seen.add(key);
    errors.push(...problems);
    if (problems.length === 0 && person && completed)
      valid.push({ trainingId: matches[0], personId: person.id, at: new Date(`${completed}T12:00:00Z`) });
  }
  if (input.apply && valid.length > 0)
    await inTx(ctx, async (tx) => {
      for (const v of valid) await markCompleted(tx, { ...v, source: 'csv' });
      await recordAudit({
        ctx: tx,
        input: { action: 'training.completions_imported', data: { rows: rows.length, applied: valid.length } },
      });
    });
  return {
    total: rows.length,
    valid: valid.length,
    applied: input.apply ? valid.length : 0,
    errors,
    missingColumns: missing,
  };
}
