import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareInputStrings, inputDeclarations } from '../../src/server/testing/bare-strings';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';

const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/server/modules');

/** `module/file` and its source, for every file of the modules matching `pattern`. */
function sources(pattern: RegExp): [string, string][] {
  return fs.readdirSync(modules).flatMap((m) =>
    fs
      .readdirSync(path.join(modules, m))
      .filter((f) => pattern.test(f))
      .map((f): [string, string] => [`${m}/${f}`, fs.readFileSync(path.join(modules, m, f), 'utf8')]),
  );
}

type RouteRequest = {
  params?: unknown;
  query?: unknown;
  body?: { content?: Record<string, { schema?: unknown }> };
};
type Definition = { type: string; route?: { method: string; path: string; request?: RouteRequest } };

describe('every input string and date goes through the shared primitives (platform/validation)', () => {
  let tp: TestPlatform;
  beforeAll(async () => {
    tp = await createTestPlatform();
  });
  afterAll(async () => tp?.close());

  it('no contract uses a bare z.string() for a request field', () => {
    const found = sources(/^([a-z-]+-)?contract\.ts$/).flatMap(([file, src]) =>
      bareInputStrings(src).map((at) => `${file} ${at}`),
    );
    expect(found).toEqual([]);
  });

  it('routes take their request schemas from the contract, never an inline z.string()', () => {
    const found = sources(/^routes.*\.ts$/).filter(([, src]) => /\bz\.string\(/.test(src));
    expect(found.map(([file]) => file)).toEqual([]);
  });

  it('every request schema of every route is a contract declaration the scan knows as input', async () => {
    const known = new Map<unknown, string>();
    for (const [file, src] of sources(/^([a-z-]+-)?contract\.ts$/)) {
      const inputs = inputDeclarations(src);
      const exports = (await import(path.join(modules, file))) as Record<string, unknown>;
      // One schema may be exported under two names (a response reused as a body): the input name wins.
      for (const [name, value] of Object.entries(exports))
        if (known.get(value) !== 'input') known.set(value, inputs.has(name) ? 'input' : `${file} ${name}`);
    }
    const definitions = (tp.app.openAPIRegistry.definitions as Definition[]).filter((d) => d.type === 'route');
    const misnamed = definitions.flatMap(({ route }) => {
      const req = route?.request ?? {};
      const schemas = [req.params, req.query, req.body?.content?.['application/json']?.schema].filter((s) => s !== undefined);
      return schemas
        .map((s) => known.get(s) ?? 'an inline schema (declare it in the contract)')
        .filter((where) => where !== 'input')
        .map((where) => `${route?.method.toUpperCase()} ${route?.path}: ${where}`);
    });
    expect(misnamed).toEqual([]);
  });

  it('the scan finds a bare string in an input, in a helper an input uses, and leaves responses alone', () => {
    const contract = [
      "import { z } from '@hono/zod-openapi';",
      'const label = z.string().trim().max(60); // used by an input: an input',
      'const shown = z.string(); // only in a response',
      '/** An item, as the server answers it (mentions ThingBody in a comment only). */',
      'export const Thing = z.object({ id: z.string().uuid(), name: shown, note: z.string() });',
      'export const ThingBody = z.object({',
      '  id: z.string().uuid(),',
      '  title: label,',
      "  note: z.string().max(10).openapi({ example: 'Thing' }),",
      '});',
      'export type ThingT = z.infer<typeof Thing>;',
    ].join('\n');
    expect(bareInputStrings(contract)).toEqual(['label:2', 'ThingBody:9']);
  });
});
