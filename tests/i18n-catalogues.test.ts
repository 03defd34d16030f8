import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };

const catalogues = [
  { name: 'server', dir: 'src/server/platform/i18n', src: 'src/server' },
  { name: 'web', dir: 'src/web/i18n', src: 'src/web' },
];

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
}

function keysOf(dir: string, lang: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of fs
    .readdirSync(path.join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out.set(file.replace(/\.json$/, ''), flatten(JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8'))).sort());
  }
  return out;
}

function sources(dir: string): string {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.ts$/.test(f));
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

/** The quoted strings of the code: how a key is referenced (t('ns:key'), t('key') with useTranslation('ns'), an error code). */
function literals(code: string): Set<string> {
  return new Set([...code.matchAll(/(['"`])([\w.:-]+)\1/g)].map((m) => m[2]));
}

describe.each(catalogues)('$name catalogues', ({ dir, src }) => {
  const it_ = keysOf(dir, 'it');
  const en = keysOf(dir, 'en');

  it('have the same namespaces and the same keys in Italian and English', () => {
    expect([...it_.keys()]).toEqual([...en.keys()]);
    for (const [ns, keys] of it_) expect({ ns, keys: en.get(ns) }).toEqual({ ns, keys });
  });

  it('have no empty message', () => {
    for (const lang of ['it', 'en'])
      for (const file of fs.readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json'))) {
        const text = fs.readFileSync(path.join(dir, lang, file), 'utf8');
        expect(text, `${lang}/${file}`).not.toMatch(/:\s*""/);
      }
  });

  it('have no unused key', () => {
    const code = sources(src);
    const used = literals(code);
    // Keys built from a literal list: t(`mail:${template}.subject`) uses "mail:invitation.subject" if 'invitation' is a literal.
    const dynamic = [...code.matchAll(/`(?:([\w-]+):)?\$\{[^}]+\}\.([\w.]+)`/g)].map((m) => ({ ns: m[1], leaf: m[2] }));
    const unused: string[] = [];
    for (const [ns, keys] of it_) {
      for (const key of keys) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const errorCode = base.startsWith('errors.') ? `${ns}.${base.slice('errors.'.length)}` : null;
        const candidates = [`${ns}:${base}`, base, ...(errorCode ? [errorCode] : [])];
        const built = dynamic.some(
          (d) => (!d.ns || d.ns === ns) && base.endsWith(`.${d.leaf}`) && used.has(base.slice(0, -d.leaf.length - 1)),
        );
        if (!built && !candidates.some((c) => used.has(c))) unused.push(`${ns}:${key}`);
      }
    }
    expect(unused).toEqual([]);
  });
});

describe('the Italian catalogues', () => {
  const italian = catalogues
    .flatMap(({ dir }) =>
      fs
        .readdirSync(path.join(dir, 'it'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => fs.readFileSync(path.join(dir, 'it', f), 'utf8')),
    )
    .join('\n');

  it('carry none of the slips new users reported', () => {
    // "Valore media" for "mediatico"; a reset e-mail that assumed the reader is a man.
    expect(italian).not.toMatch(/Valore media\b/i);
    expect(italian).not.toMatch(/se sei stato tu/i);
  });
});
