/** Minimal JSON-Schema (OpenAPI 3.1) sampler: builds a value that passes validation, using `pick` for ids. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

export type Components = Record<string, JsonSchema>;

export type SampleOptions = {
  /** An id for a uuid field; `name` is the property or parameter it fills, when known. */
  pickId: (name?: string) => string;
  /** A value for a named property instead of the generic sample (return undefined to sample as usual). */
  override?: (name: string, schema: JsonSchema) => unknown;
  /** Sample arrays and objects even when they have a default (usually empty), so every nested field is present. */
  fillDefaults?: boolean;
};

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop()!] ?? {}, components);
  return schema;
}

/** A valid value for the schema; every uuid comes from `pickId`. */
export function sample(schema: JsonSchema, components: Components, pickId: (name?: string) => string): unknown {
  return sampleWith(schema, components, { pickId });
}

/** Like `sample`, with per-property overrides; `name` is the property (or parameter) the schema describes. */
export function sampleWith(schema: JsonSchema, components: Components, opts: SampleOptions, name?: string, depth = 0): unknown {
  const s = resolve(schema, components);
  if (depth > 6) return null;
  if (name !== undefined && opts.override) {
    const v = opts.override(name, s);
    if (v !== undefined) return v;
  }
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined && !(opts.fillDefaults && typeof s.default === 'object')) return s.default;
  const alt = s.anyOf ?? s.oneOf;
  if (alt) {
    const pick = alt.find((a) => resolve(a, components).type !== 'null') ?? alt[0];
    return sampleWith(pick, components, opts, name, depth + 1);
  }
  if (s.allOf) return Object.assign({}, ...s.allOf.map((a) => sampleWith(a, components, opts, name, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sampleWith(v, components, opts, k, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () =>
        sampleWith(s.items ?? {}, components, opts, name, depth + 1),
      );
    case 'integer':
    case 'number':
      return Math.max(1, (s.minimum ?? s.exclusiveMinimum ?? 0) + (s.exclusiveMinimum !== undefined ? 1 : 0));
    case 'boolean':
      return true;
    case 'string':
      return sampleString(s, () => opts.pickId(name));
    default:
      return null;
  }
}

/** The day patterns of the contracts (the shared isoDay primitive, and the older plain one). */
const calendarDay = new Set(['^\\d{4}-\\d{2}-\\d{2}$', '^(\\d{4})-(\\d{2})-(\\d{2})$']);

function sampleString(s: JsonSchema, pickId: () => string): string {
  switch (s.format) {
    case 'uuid':
      return pickId();
    case 'email':
      return 'tenant-probe@example.test';
    case 'uri':
    case 'url':
      return 'https://example.com/probe';
    case 'date':
      return '2026-01-15';
    case 'date-time':
      return '2026-01-15T10:00:00.000Z';
    default: {
      if (s.pattern && calendarDay.has(s.pattern)) return '2026-01-15';
      const base = 'probe-value-with-enough-length';
      return base.slice(0, Math.max(s.minLength ?? 1, Math.min(s.maxLength ?? base.length, base.length)));
    }
  }
}
