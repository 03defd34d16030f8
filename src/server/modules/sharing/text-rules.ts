// Pure (no node imports): the server enforces these rules and the web app flags the same problems live.
import { distance } from 'fastest-levenshtein';

/** Lower case, accents stripped (NFKD without combining marks), whitespace collapsed. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The blocked words (or phrases) present as whole words, ignoring case and accents; in the admin's spelling. */
export function findBlockedWords(text: string, blocked: readonly string[]): string[] {
  const folded = fold(text);
  return blocked.filter((w) => {
    const fw = fold(w);
    if (!fw) return false;
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(fw)}(?=$|[^\\p{L}\\p{N}])`, 'u').test(folded);
  });
}

/** Whether the text keeps the organisation's disclosure (case and accents ignored, like the person would read it). */
export function hasDisclosure(text: string, disclosure: string | undefined | null): boolean {
  const d = fold(disclosure ?? '');
  return !d || fold(text).includes(d);
}

/** The final text: the person's words with the disclosure as a fixed suffix (not added twice if already written). */
export function withDisclosure(words: string, disclosure: string | undefined | null): string {
  const trimmed = words.trimEnd();
  if (!disclosure || hasDisclosure(trimmed, disclosure)) return trimmed;
  return trimmed ? `${trimmed}\n\n${disclosure}` : disclosure;
}

/**
 * A share counts as personalised when it is at least 30 % different (normalised edit distance ≥ 0.3) from every
 * suggestion. Why 0.3: fixing a typo or swapping a word stays far below it, while adding a sentence of one's own
 * (about a third of a typical caption) or rewriting the caption crosses it. Shared with the analytics module.
 */
export const PERSONALISED_THRESHOLD = 0.3;

/** Text as compared for personalisation: without the tracked link and the disclosure, folded. */
export function comparable(text: string, strip: readonly string[]): string {
  let out = text;
  for (const s of strip) if (s) out = out.split(s).join(' ');
  return fold(out);
}

/** Normalised Levenshtein distance: 0 identical, 1 nothing in common. */
export function normalisedDistance(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 0 : distance(a, b) / max;
}

/** Smallest distance from the text to any suggestion (1 when there is no suggestion: the words are all the person's). */
export function distanceFromSuggestions(text: string, suggestions: readonly string[], strip: readonly string[]): number {
  const mine = comparable(text, strip);
  let best = 1;
  for (const s of suggestions) best = Math.min(best, normalisedDistance(mine, comparable(s, strip)));
  return best;
}
