import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../server/modules/people/contract';
import { validationDetails } from '../../server/platform/http/errors';
import en from '../i18n/en/forms.json';
import it_ from '../i18n/it/forms.json';
import { type FieldIssue, issueMessage } from './issue-message';

// The server's validation details, as the real contracts produce them, become sentences a person understands, next
// to the field they concern: the two ends are tested together so that a change on one side cannot go unnoticed.
const i18n = i18next.createInstance();
await i18n.init({ resources: { it: { forms: it_ }, en: { forms: en } }, lng: 'it', initAsync: false });

function messages(lng: 'it' | 'en', body: unknown): Record<string, string> {
  const parsed = PersonInput.safeParse(body);
  if (parsed.success) return {};
  const t = i18n.getFixedT(lng);
  return Object.fromEntries(validationDetails(parsed.error).map((d) => [d.path, issueMessage(t, d as FieldIssue)]));
}

describe('field messages from the server’s validation details', () => {
  it('names what is wrong with each field of a person, in Italian and in English', () => {
    const bad = { name: '', email: 'mario@', department: 'x'.repeat(201), hireDate: '2026-02-30', roles: ['boss'] };
    expect(messages('it', bad)).toEqual({
      name: 'Campo obbligatorio.',
      email: 'Indirizzo e-mail non valido: controlla che sia scritto come nome@azienda.it.',
      department: 'Scrivi al massimo 200 caratteri.',
      hireDate: 'Questa data non esiste nel calendario.',
      'roles.0': 'Scegli uno dei valori proposti.',
    });
    expect(messages('en', { ...bad, hireDate: '30/02/2026' })).toMatchObject({
      name: 'Required.',
      department: 'Write at most 200 characters.',
      hireDate: 'Not a valid date: use the format DD/MM/YYYY.',
    });
  });

  it('explains unstorable text and the limits of numbers and lists', () => {
    const t = i18n.getFixedT('it');
    expect(issueMessage(t, { path: 'name', code: 'invalid_text' })).toMatch(/non si possono salvare/);
    expect(issueMessage(t, { path: 'cpm', code: 'too_big', origin: 'number', maximum: 100000 })).toBe(
      'Il valore massimo è 100000.',
    );
    expect(issueMessage(t, { path: 'topics', code: 'too_big', origin: 'array', maximum: 20 })).toBe(
      'Puoi indicarne al massimo 20.',
    );
    expect(issueMessage(t, { path: 'x', code: 'something_new' })).toBe('Valore non valido.');
  });
});
