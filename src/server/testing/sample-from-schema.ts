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

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop()!] ?? {}, components);
  return schema;
}

export function sample(schema: JsonSchema, components: Components, pickId: () => string, depth = 0): unknown {
  const s = resolve(schema, components);
  if (depth > 6) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt.find((a) => resolve(a, components).type !== 'null') ?? alt[0], components, pickId, depth + 1);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((a) => sample(a, components, pickId, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v, components, pickId, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items ?? {}, components, pickId, depth + 1));
    case 'integer':
    case 'number':
      return Math.max(1, (s.minimum ?? s.exclusiveMinimum ?? 0) + (s.exclusiveMinimum !== undefined ? 1 : 0));
    case 'boolean':
      return true;
    case 'string':
      return sampleString(s, pickId);
    default:
      return null;
  }
}

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
      if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2026-01-15';
      const base = 'probe-value-with-enough-length';
      return base.slice(0, Math.max(s.minLength ?? 1, Math.min(s.maxLength ?? base.length, base.length)));
    }
  }
}
