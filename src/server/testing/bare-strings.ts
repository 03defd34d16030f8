/**
 * Finds input schemas of a contract that use a bare `z.string()` instead of the primitives of platform/validation.
 *
 * The convention it relies on: request schemas are the declarations named …Query, …Body, …Params, …Input, …Patch,
 * …Filters or …Fields, plus every declaration of the file they mention (helpers such as `day` or `Targeting`), to a
 * fixed point. Everything else is a response schema and may keep `z.string()`. Ids (`z.string().uuid()`) are safe
 * by their format.
 */

type Declaration = { name: string; lines: { n: number; code: string }[] };

const INPUT_NAME = /(Query|Body|Params|Input|Patch|Filters|Fields)$/;
const START = /^(?:export\s+)?(?:const|let|function)\s+([A-Za-z_][\w]*)/;
const BARE = /z\.string\(\)(?!\.uuid\(\))/;

/** Comments blanked (line numbers kept) and string literals emptied: neither is a use of a schema. */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (m) =>
    m.startsWith('/') ? m.replace(/[^\n]/g, ' ') : "''",
  );
}

/** Top-level declarations: from `const X =` at column 0 to the next line at column 0 that does not close it. */
function declarations(source: string): Declaration[] {
  const out: Declaration[] = [];
  let current: Declaration | null = null;
  for (const [i, code] of codeOnly(source).split('\n').entries()) {
    const start = START.exec(code);
    if (start) {
      current = { name: start[1], lines: [] };
      out.push(current);
    } else if (/^[^\s)}\].]/.test(code)) current = null; // an import or a type: not part of a schema
    current?.lines.push({ n: i + 1, code });
  }
  return out;
}

const mentions = (d: Declaration, name: string) => d.lines.some((l) => new RegExp(`\\b${name}\\b`).test(l.code));

/** The names of the contract's request declarations: named as inputs, or used by one (to a fixed point). */
export function inputDeclarations(source: string): Set<string> {
  const decls = declarations(source);
  const inputs = new Set(decls.filter((d) => INPUT_NAME.test(d.name)).map((d) => d.name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of decls) {
      if (inputs.has(d.name) || !decls.some((u) => inputs.has(u.name) && mentions(u, d.name))) continue;
      inputs.add(d.name);
      grew = true;
    }
  }
  return inputs;
}

/** `Name:line` of every bare `z.string()` in an input declaration of the contract's source. */
export function bareInputStrings(source: string): string[] {
  const decls = declarations(source);
  const inputs = inputDeclarations(source);
  return decls
    .filter((d) => inputs.has(d.name))
    .flatMap((d) => d.lines.filter((l) => BARE.test(l.code)).map((l) => `${d.name}:${l.n}`));
}
