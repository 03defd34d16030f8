import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissions } from '../src/server/platform/permissions';

/*
 * Every audit action the server writes reads as a sentence in the audit log, in Italian and in English. The actions
 * are found in the code itself (not in a list someone must remember to update): every 'ns.name' literal of a file
 * that writes audit records, less permissions and error codes (those have a catalogue entry under errors), and the
 * steps the content workflow names (transition(ctx, id, 'archived', …) → post.archived). An action built from a
 * template (`ns.${x}`) must have at least one sentence under its prefix.
 */
const SERVER = 'src/server';
const SENTENCES = 'src/web/features/admin/audit-sentences.ts';

type Tree = { [k: string]: string | Tree };
const json = (p: string): Tree | null => (fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : null);
const lookup = (tree: Tree | null, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

function sources(): { file: string; code: string }[] {
  return fs
    .readdirSync(SERVER, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('testing') && !f.includes('modules/audit/'))
    .map((f) => ({ file: f, code: fs.readFileSync(path.join(SERVER, f), 'utf8') }));
}

function isErrorCode(name: string): boolean {
  const [ns, key] = name.split('.');
  return !!lookup(json(path.join(SERVER, 'platform/i18n/it', `${ns}.json`)), `errors.${key}`);
}

/** The actions written by the code, each with a file that writes it. */
function actionsInCode() {
  const literal = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const { file, code } of sources()) {
    if (/\brecordAudits?\b|\bAuditInput\b/.test(code))
      for (const m of code.matchAll(/'([a-z]+\.[a-z_]+)'/g)) {
        const name = m[1];
        if (!(permissions as readonly string[]).includes(name) && !isErrorCode(name)) literal.set(name, file);
      }
    for (const m of code.matchAll(/action:\s*`([a-z]+\.[a-z_]*)\$\{/g)) templates.set(m[1], file);
    for (const m of code.matchAll(/\btransition\(\s*\w+,\s*[^,()]+,\s*'([a-z_]+)'/g)) literal.set(`post.${m[1]}`, file);
  }
  // `post.${action}`: the content workflow's own steps, found above from its transition() calls.
  templates.delete('post.');
  return { literal, templates };
}

function sentenceMap(): Map<string, string> {
  const code = fs.readFileSync(SENTENCES, 'utf8');
  return new Map([...code.matchAll(/'([a-z]+\.[a-z_]+)':\s*'admin:([\w.]+)'/g)].map((m) => [m[1], m[2]]));
}

describe('audit log sentences', () => {
  const { literal, templates } = actionsInCode();
  const map = sentenceMap();
  const catalogues = { it: json('src/web/i18n/it/admin.json'), en: json('src/web/i18n/en/admin.json') };

  it('finds the actions of the code (a check of the check)', () => {
    for (const known of ['post.archived', 'post.restored', 'person.roles_changed', 'auth.password_changed', 'people.imported'])
      expect(literal.has(known), known).toBe(true);
    expect(literal.has('content.write')).toBe(false);
    expect(literal.has('people.duplicate_email')).toBe(false);
  });

  it('has a sentence in Italian and English for every action the code writes', () => {
    const missing = [...literal].filter(([action]) => !map.has(action)).map(([a, f]) => `${a} (${f})`);
    expect(missing, `add these to ${SENTENCES} and admin.json (it, en)`).toEqual([]);
    for (const [action, key] of map)
      for (const [lang, tree] of Object.entries(catalogues)) {
        const text = lookup(tree, key);
        expect(typeof text === 'string' && text.length > 0, `${lang}: ${key} (${action})`).toBe(true);
      }
  });

  it('covers actions built from a template with at least one sentence under their prefix', () => {
    const uncovered = [...templates].filter(([prefix]) => ![...map.keys()].some((a) => a.startsWith(prefix)));
    expect(uncovered.map(([p, f]) => `${p}… (${f})`)).toEqual([]);
  });

  it('puts names only where the sentence says, with the same placeholders in both languages', () => {
    for (const [action, key] of map) {
      const tags = (lang: 'it' | 'en') =>
        [...String(lookup(catalogues[lang], key)).matchAll(/<(\w+)\s*\/>|\{\{(\w+)\}\}/g)].map((m) => m[0]).sort();
      expect(tags('it'), action).toEqual(tags('en'));
      expect(
        tags('it').every((tag) => /^<(actor|target)\s*\/>$|^\{\{\w+\}\}$/.test(tag)),
        action,
      ).toBe(true);
    }
  });
});
