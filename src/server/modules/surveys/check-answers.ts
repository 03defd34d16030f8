import { invalid } from '../../platform/errors';
import type { ResponseBodyT } from './contract';
import type { surveyQuestions } from './schema';

type QuestionRow = typeof surveyQuestions.$inferSelect;
export type CleanAnswer = { questionId: string; value: number | null; choices: number[] | null; text: string | null };

/**
 * Every answer within its question's scale or choices, each question at most once, every required question
 * answered. Anything else is refused whole (nothing is stored from a questionnaire with one bad answer).
 */
export function checkAnswers(questions: QuestionRow[], answers: ResponseBodyT['answers']): CleanAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const out: CleanAnswer[] = [];
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) throw invalid('surveys.unknown_question');
    if (seen.has(q.id)) throw invalid('surveys.duplicate_answer', { position: q.position + 1 });
    seen.add(q.id);
    const position = q.position + 1;
    const value = a.value ?? null;
    const choices = a.choices ?? null;
    const text = a.text ? a.text : null;
    if (q.kind === 'text') {
      if (value !== null || choices !== null) throw invalid('surveys.out_of_scale', { position });
      if (text) out.push({ questionId: q.id, value: null, choices: null, text });
      continue;
    }
    if (text !== null) throw invalid('surveys.out_of_scale', { position });
    if (q.kind === 'multi') {
      if (value !== null) throw invalid('surveys.out_of_scale', { position });
      if (!choices || choices.length === 0) continue;
      if (new Set(choices).size !== choices.length || choices.some((c) => c >= q.choices.length))
        throw invalid('surveys.out_of_scale', { position });
      out.push({ questionId: q.id, value: null, choices: [...choices].sort((x, y) => x - y), text: null });
      continue;
    }
    if (choices !== null) throw invalid('surveys.out_of_scale', { position });
    if (value === null) continue;
    const [min, max] = q.kind === 'enps' ? [0, 10] : q.kind === 'scale' ? [1, 5] : [0, q.choices.length - 1];
    if (value < min || value > max) throw invalid('surveys.out_of_scale', { position });
    out.push({ questionId: q.id, value, choices: null, text: null });
  }
  const answered = new Set(out.map((a) => a.questionId));
  const missing = questions.find((q) => q.required && !answered.has(q.id));
  if (missing) throw invalid('surveys.answer_required', { position: missing.position + 1 });
  return out;
}
