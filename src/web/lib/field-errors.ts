import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { type FieldIssue, issueMessage } from './issue-message';

export type { FieldIssue } from './issue-message';

/** The field problems an API error carries (`error.details` of a 400 validation_failed or invalid_text). */
export function issuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (d): d is FieldIssue => !!d && typeof d === 'object' && typeof d.path === 'string' && typeof d.code === 'string',
  );
}

export type FieldErrorsOptions = {
  /** The request paths this form has a field for; problems elsewhere stay in the alert. */
  fields: readonly string[];
  /** Error codes that concern one field, e.g. { 'people.duplicate_email': 'email' }: the server's message goes there. */
  codes?: Record<string, string>;
};

export type FieldErrors = {
  /** The message to show under the field (Mantine's `error` prop), for `path` or any path inside it (`roles.0`). */
  error: (path: string) => string | undefined;
  /** The person changed the field: its message goes away until the next answer. */
  edited: (path: string) => void;
  /** What no field shows (another error, or a problem outside the form's fields): for ErrorAlert; null otherwise. */
  unplaced: unknown;
  /** How many fields show a message. */
  count: number;
  /** Put on the <form>: after an answer with field problems, the first field showing one gets the focus. */
  formRef: RefObject<HTMLFormElement | null>;
};

/**
 * A field's message and aria-invalid with it, for inputs that do not set it themselves (Mantine's PasswordInput marks
 * an error only with data-invalid, which screen readers do not announce): `<PasswordInput {...invalid(message)} />`.
 */
export const invalid = (error: string | undefined) => ({ error, 'aria-invalid': error ? true : undefined });

const within = (issuePath: string, field: string) => issuePath === field || issuePath.startsWith(`${field}.`);

/**
 * Shows a failed request's problems next to the fields they concern, in the reader's language. Usage:
 *
 *   const fe = useFieldErrors(save.error, { fields: ['name', 'email'], codes: { 'people.duplicate_email': 'email' } });
 *   <form ref={fe.formRef} …><FormErrorAlert errors={fe} />
 *   <TextInput error={fe.error('email')} onChange={(e) => { fe.edited('email'); … }} maxLength={320} />
 */
export function useFieldErrors(error: unknown, { fields, codes = {} }: FieldErrorsOptions): FieldErrors {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement | null>(null);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const fieldsKey = fields.join('\n');
  const codesKey = JSON.stringify(codes);
  // biome-ignore lint/correctness/useExhaustiveDependencies: fields and codes are compared by value (inline literals).
  const placed = useMemo(() => {
    const byField = new Map<string, string>();
    let stray = false;
    for (const issue of issuesOf(error)) {
      const field = fields.find((f) => within(issue.path, f));
      if (!field) stray = true;
      else if (!byField.has(field)) byField.set(field, issueMessage(t, issue));
    }
    const coded = error instanceof ApiError ? codes[error.code] : undefined;
    if (coded && fields.includes(coded) && byField.size === 0) byField.set(coded, error instanceof ApiError ? error.message : '');
    const unplaced = error && (byField.size === 0 || stray) ? error : null;
    return { byField, unplaced };
  }, [error, t, fieldsKey, codesKey]);

  useEffect(() => {
    setEdited(new Set());
    if (placed.byField.size === 0) return;
    // After React has rendered the messages: the first invalid field is where the person continues.
    const id = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return () => cancelAnimationFrame(id);
  }, [placed]);

  const markEdited = useCallback((path: string) => setEdited((s) => (s.has(path) ? s : new Set([...s, path]))), []);
  return {
    error: (path) => (edited.has(path) ? undefined : placed.byField.get(path)),
    edited: markEdited,
    unplaced: placed.unplaced,
    count: placed.byField.size,
    formRef,
  };
}
