import { invalid } from '../../platform/errors';
import type { SurveyInputT } from './contract';

/** Rules zod cannot say: a title and each question in at least one language, choices where a question needs them. */
export function validateSurvey(input: SurveyInputT): void {
  if (!input.titleIt && !input.titleEn) throw invalid('surveys.title_required');
  if (input.kind === 'pulse' && input.recurrence === 'none') throw invalid('surveys.pulse_needs_recurrence');
  if (input.kind === 'survey' && input.recurrence !== 'none') throw invalid('surveys.survey_no_recurrence');
  if (input.closesAt && new Date(input.closesAt).getTime() <= Date.now()) throw invalid('surveys.closes_in_past');
  const t = input.targeting;
  if (!t.all && t.departments.length + t.sites.length + t.jobFamilies.length === 0) throw invalid('surveys.empty_audience');
  input.questions.forEach((q, i) => {
    const position = i + 1;
    if (!q.textIt && !q.textEn) throw invalid('surveys.question_text_required', { position });
    const needsChoices = q.kind === 'single' || q.kind === 'multi';
    if (needsChoices && q.choices.filter((c) => c.it || c.en).length < 2) throw invalid('surveys.choices_required', { position });
    if (!needsChoices && q.choices.length > 0) throw invalid('surveys.choices_not_allowed', { position });
  });
}
