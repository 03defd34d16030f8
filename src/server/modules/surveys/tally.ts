import type { z } from '@hono/zod-openapi';
import type { QuestionResult } from './contract';
import { enps, mean } from './enps';
import type { Choice, QuestionKind } from './schema';

export type Answer = { value: number | null; choices: number[] | null; text: string | null };
export type QuestionDef = { id: string; kind: QuestionKind; text: string; choices: Choice[] };
type Result = z.infer<typeof QuestionResult>;

const MAX_TEXTS = 500;

/** The answers of a group to one question: counts, mean or eNPS, and (whole groups only) the free texts, sorted. */
export function tallyQuestion(
  q: QuestionDef,
  members: readonly number[],
  answers: readonly Map<string, Answer>[],
  locale: 'it' | 'en',
  withTexts: boolean,
): Result {
  const size = q.kind === 'enps' ? 11 : q.kind === 'scale' ? 5 : q.kind === 'text' ? 0 : q.choices.length;
  const counts = new Array<number>(size).fill(0);
  const values: number[] = [];
  const texts: string[] = [];
  let n = 0;
  for (const i of members) {
    const a = answers[i]?.get(q.id);
    if (!a) continue;
    if (q.kind === 'text') {
      if (a.text) {
        n++;
        if (withTexts) texts.push(a.text);
      }
      continue;
    }
    if (q.kind === 'multi') {
      if (!a.choices?.length) continue;
      n++;
      for (const c of a.choices) if (c < size) counts[c]++;
      continue;
    }
    if (a.value === null) continue;
    const slot = q.kind === 'scale' ? a.value - 1 : a.value;
    if (slot < 0 || slot >= size) continue;
    n++;
    counts[slot]++;
    values.push(a.value);
  }
  // Sorted, never in arrival order: the order must not hint at who wrote what.
  texts.sort((a, b) => a.localeCompare(b));
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    choices: q.choices.map((c) => (locale === 'en' ? c.en || c.it : c.it || c.en)),
    n,
    counts,
    mean: q.kind === 'scale' ? mean(values) : null,
    enps: q.kind === 'enps' ? enps(values) : null,
    texts: texts.slice(0, MAX_TEXTS),
  };
}

/**
 * Tallies kept per group: the key is the members array itself, which belongs to one round's data (a closed round's
 * data is cached, an open round's is rebuilt per request), so an entry lives exactly as long as the answers it counts.
 * Repeated results requests for a closed round then cost lookups instead of recounting (and re-sorting the texts).
 */
const memo = new WeakMap<readonly number[], Map<string, Result>>();

/** tallyQuestion, remembered for these members (see above): the result is shared, callers must not change it. */
export function tallyOf(
  q: QuestionDef,
  members: readonly number[],
  answers: readonly Map<string, Answer>[],
  locale: 'it' | 'en',
  withTexts: boolean,
): Result {
  let byQuestion = memo.get(members);
  if (!byQuestion) {
    byQuestion = new Map();
    memo.set(members, byQuestion);
  }
  const key = `${q.id}\u0000${locale}\u0000${withTexts}\u0000${q.text}`;
  let r = byQuestion.get(key);
  if (!r) {
    r = tallyQuestion(q, members, answers, locale, withTexts);
    byQuestion.set(key, r);
  }
  return r;
}

/** One number per question for a breakdown row: eNPS, or the mean of a scale. */
export function scoreOf(r: Result): number | null {
  return r.kind === 'enps' ? r.enps : r.kind === 'scale' ? r.mean : null;
}
