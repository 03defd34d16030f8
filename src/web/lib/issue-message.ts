import type { TFunction } from 'i18next';

/** One problem the server found in a request, named by its field path (`email`, `captions.0.text`). */
export type FieldIssue = {
  path: string;
  code: string;
  message?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
};

/** One issue in the reader's language: "Scrivi al massimo 200 caratteri.", "Indirizzo e-mail non valido."… */
export function issueMessage(t: TFunction, issue: FieldIssue): string {
  const { code, origin, minimum, maximum, format, message } = issue;
  if (code === 'too_small') {
    if (origin === 'string') return minimum === 1 ? t('forms:required') : t('forms:tooShort', { count: minimum });
    if (origin === 'array') return t('forms:tooFewItems', { count: minimum });
    return t('forms:numberTooSmall', { min: minimum });
  }
  if (code === 'too_big') {
    if (origin === 'string') return t('forms:tooLong', { count: maximum });
    if (origin === 'array') return t('forms:tooManyItems', { count: maximum });
    return t('forms:numberTooBig', { max: maximum });
  }
  if (code === 'invalid_format') {
    if (format === 'email') return t('forms:email');
    if (format === 'url') return t('forms:url');
    if (message === 'YYYY-MM-DD' || format === 'datetime' || format === 'date') return t('forms:date');
    return t('forms:invalid');
  }
  // Our own refinements name the problem in `message` (platform/validation.ts); the storable-text check in `code`.
  const named = code === 'custom' ? message : code;
  if (named === 'invalid_text') return t('forms:invalidText');
  if (named === 'invalid_date') return t('forms:invalidDate');
  if (named === 'date_out_of_range') return t('forms:dateOutOfRange');
  if (named === 'wrong_password') return t('forms:wrongPassword');
  if (code === 'invalid_value') return t('forms:invalidChoice');
  if (code === 'invalid_type') return t('forms:required');
  return t('forms:invalid');
}
