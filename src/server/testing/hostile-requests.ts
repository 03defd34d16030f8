import { type Components, type JsonSchema, type SampleOptions, sampleWith } from './sample-from-schema';

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } };
export type OpenApiDoc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Components } };

/** Where a hostile value went: `field` is the path a validation error should name (`title`, `captions.0.text`, `q`). */
export type HostileRequest = {
  method: string;
  path: string;
  url: string;
  body?: string;
  where: 'path' | 'query' | 'body';
  field: string;
  value: string;
};

export type HostileOptions = {
  /** An id of the caller's own organisation for a uuid (path parameter or property `name`) of this route. */
  pickId: (path: string, name?: string) => string;
  /** Per-property overrides so that the request is otherwise valid (a unique e-mail, a real URL, …). */
  override?: SampleOptions['override'];
  /** The hostile values for one field, given what a valid value looks like. */
  values: (where: HostileRequest['where'], field: string, valid: unknown) => string[];
};

/**
 * Percent-encodes for a URL. A lone surrogate has no UTF-8 form (encodeURIComponent throws): a client can still send
 * the 3 bytes a careless encoder would produce (CESU-8), so that is what the server gets.
 */
export function encodeLoose(s: string): string {
  return Array.from(s, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      const c = ch.charCodeAt(0);
      return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
  }).join('');
}

/** Every string leaf of a sampled body, with its path (array indices included, as zod reports them). */
function stringLeaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...at, k]));
  return [];
}

function replaced(value: unknown, at: (string | number)[], next: string): unknown {
  if (at.length === 0) return next;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]] = replaced(copy[at[0]], at.slice(1), next);
  return copy;
}

const get = (value: unknown, at: (string | number)[]) =>
  at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

/**
 * For every route of the document, a request that is valid except for ONE field (path parameter, query value or
 * string in the JSON body), which carries a hostile value. Each route is sampled once per field and value.
 */
export function* hostileRequests(doc: OpenApiDoc, opts: HostileOptions): Generator<HostileRequest> {
  const components = doc.components?.schemas ?? {};
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const sampling: SampleOptions = { pickId: (name) => opts.pickId(path, name), override: opts.override, fillDefaults: true };
      const params = op.parameters ?? [];
      const pathValues = new Map(
        params.filter((p) => p.in === 'path').map((p) => [p.name, sampleWith(p.schema, components, sampling, p.name)]),
      );
      const queries = params.filter((p) => p.in === 'query');
      const required = queries
        .filter((p) => p.required)
        .map((p): [string, string] => [p.name, String(sampleWith(p.schema, components, sampling, p.name))]);
      const urlWith = (pathOverride?: [string, string], query: [string, string][] = required) => {
        const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeLoose(pathOverride?.[0] === name ? pathOverride[1] : String(pathValues.get(name))),
        );
        const qs = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeLoose(v)}`).join('&');
        return qs ? `${filled}?${qs}` : filled;
      };
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      // Sampled afresh for every request, so overrides can hand out unique values (e-mails).
      const freshBody = () => (bodySchema ? sampleWith(bodySchema, components, sampling) : undefined);
      const validBody = () => {
        const body = freshBody();
        return body === undefined ? undefined : JSON.stringify(body);
      };
      const base = { method, path };

      for (const [name, valid] of pathValues)
        for (const value of opts.values('path', name, valid))
          yield { ...base, url: urlWith([name, value]), body: validBody(), where: 'path', field: name, value };

      for (const p of queries) {
        const others = required.filter(([k]) => k !== p.name);
        const valid = sampleWith(p.schema, components, sampling, p.name);
        for (const value of opts.values('query', p.name, valid))
          yield {
            ...base,
            url: urlWith(undefined, [...others, [p.name, value]]),
            body: validBody(),
            where: 'query',
            field: p.name,
            value,
          };
      }

      const shape = freshBody();
      for (const at of stringLeaves(shape)) {
        const field = at.join('.');
        // JSON.stringify writes a lone surrogate as the escape "\ud800" (well-formed JSON.stringify), which is what a
        // hostile client sends too: the server's JSON.parse turns it back into the lone surrogate.
        for (const value of opts.values('body', field, get(shape, at)))
          yield { ...base, url: urlWith(), body: JSON.stringify(replaced(freshBody(), at, value)), where: 'body', field, value };
      }
    }
  }
}
