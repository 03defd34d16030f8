import { describe, expect, it } from 'vitest';
import { type Answer, type QuestionDef, tallyOf, tallyQuestion } from './tally';

const q: QuestionDef = { id: '00000000-0000-4000-8000-000000000001', kind: 'enps', text: 'Q', choices: [] };
const answers: Map<string, Answer>[] = [10, 9, 3, 7, 0].map((value) => new Map([[q.id, { value, choices: null, text: null }]]));

describe('tallyOf', () => {
  it('gives what tallyQuestion gives, remembered per members array, never across different members', () => {
    const all = [0, 1, 2, 3, 4];
    const first = tallyOf(q, all, answers, 'it', true);
    expect(first).toEqual(tallyQuestion(q, all, answers, 'it', true));
    expect(first.enps).toBe(0);
    expect(tallyOf(q, all, answers, 'it', true)).toBe(first);
    // Same people in a new array (another round's data): counted again, not taken from the memo.
    const promoters = [0, 1];
    expect(tallyOf(q, promoters, answers, 'it', true).enps).toBe(100);
    expect(tallyOf(q, [0, 1, 2, 3, 4], answers, 'it', true)).not.toBe(first);
  });
});
