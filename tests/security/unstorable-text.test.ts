import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponses } from '../../src/server/platform/http/errors';
import { createRouter } from '../../src/server/platform/http/router';
import type { Module } from '../../src/server/platform/module';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';

/** A route that forgets the primitives on purpose (bare z.string()) and hands its input to PostgreSQL. */
const forgetful: Module = {
  name: 'forgetful',
  routes: ({ platform }) => {
    const r = createRouter();
    r.openapi(
      createRoute({
        method: 'post',
        path: '/api/forgetful',
        tags: ['test'],
        request: {
          query: z.object({ q: z.string().optional() }),
          body: {
            content: { 'application/json': { schema: z.object({ items: z.array(z.object({ text: z.string() })) }) } },
          },
        },
        responses: { 200: { description: 'What PostgreSQL stored' }, ...errorResponses },
      }),
      async (c) => {
        const texts = [c.req.valid('query').q ?? '', ...c.req.valid('json').items.map((i) => i.text)];
        const { rows } = await platform.database.executeSql('select array_to_string($1::text[], $2) as t', [texts, '|']);
        return c.json({ stored: String(rows[0].t) }, 200);
      },
    );
    return r;
  },
};

type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

describe('no request can carry NUL or a lone surrogate to a handler, even through a schema that forgot them', () => {
  let tp: TestPlatform;
  beforeAll(async () => {
    tp = await createTestPlatform({}, [forgetful]);
  });
  afterAll(async () => tp?.close());

  const send = (query: string, body: string, lang = 'en') =>
    tp.app.request(`/api/forgetful${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body,
    });

  it('answers 400 invalid_text naming the field, in the reader’s language', async () => {
    const cases: [string, string, string][] = [
      ['', '{"items":[{"text":"ok"},{"text":"a\\u0000b"}]}', 'items.1.text'],
      ['', '{"items":[{"text":"\\ud83d"}]}', 'items.0.text'],
      ['', '{"items":[],"\\u0000":1}', '\u0000'],
      ['?q=a%00b', '{"items":[]}', 'q'],
    ];
    for (const [query, body, path] of cases) {
      const res = await send(query, body);
      const json = (await res.json()) as ErrorBody;
      expect(res.status, body).toBe(400);
      expect(json.error.code).toBe('invalid_text');
      expect(json.error.details?.map((d) => d.path)).toEqual([path]);
    }
    const it_ = (await (await send('', '{"items":[{"text":"\\u0000"}]}', 'it')).json()) as ErrorBody;
    const en = (await (await send('', '{"items":[{"text":"\\u0000"}]}', 'en')).json()) as ErrorBody;
    expect(it_.error.message).not.toBe(en.error.message);
    expect(en.error.message).not.toBe('invalid_text');
  });

  it('leaves a body over the size limit to the limit: 413, whatever it carries', async () => {
    const res = await send('', JSON.stringify({ items: [{ text: `\u0000${'x'.repeat(21 * 1024 * 1024)}` }] }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
  });

  it('lets real emoji, accents and an escaped backslash through untouched', async () => {
    const res = await send('?q=perch%C3%A9', JSON.stringify({ items: [{ text: 'Caffè ☕ 👍🏽' }, { text: '\\u0000 is text' }] }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stored: 'perché|Caffè ☕ 👍🏽|\\u0000 is text' });
  });
});
