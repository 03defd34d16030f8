import type { client } from './fixtures';
import { type Components, type JsonSchema, sample } from './sample-from-schema';
import type { TestPlatform } from './test-platform';

type Client = ReturnType<typeof client>;
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
};
type OpenApiDoc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Components } };

export type Leak = { method: string; path: string; url: string; reason: string };

/** Routes that act on the caller's own session or are public by token, not by organisation. */
export const exempt = new Set([
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'POST /api/auth/forgot-password',
  'POST /api/auth/reset-password',
  'GET /api/invitations/{token}',
  'POST /api/invitations/{token}/accept',
]);

async function tenantTables(tp: TestPlatform): Promise<{ table: string; hasId: boolean }[]> {
  const { rows } = await tp.platform.database.executeSql(
    `select c.table_name as t, bool_or(c2.column_name = 'id') as has_id
       from information_schema.columns c
       join information_schema.columns c2 on c2.table_name = c.table_name and c2.table_schema = c.table_schema
      where c.table_schema = 'public' and c.column_name = 'org_id'
      group by c.table_name order by c.table_name`,
    [],
  );
  return rows.map((r) => ({ table: String(r.t), hasId: Boolean(r.has_id) }));
}

/**
 * Every row the victim organisation owns, as one digest per table, read in a single statement: compared before and
 * after the attacker's calls (one round trip instead of one per table after every route that writes).
 */
async function snapshot(tp: TestPlatform, orgId: string, tables: { table: string }[]): Promise<string> {
  const parts = tables.map(
    ({ table }) =>
      `select '${table}' as t, md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as d from "${table}" x where org_id = $1`,
  );
  const { rows } = await tp.platform.database.executeSql(parts.join(' union all '), [orgId]);
  return rows.map((r) => `${r.t}:${r.d}`).join('\n');
}

async function victimIds(tp: TestPlatform, orgId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const { table, hasId } of await tenantTables(tp)) {
    if (!hasId) continue;
    const { rows } = await tp.platform.database.executeSql(`select id::text as id from "${table}" where org_id = $1`, [orgId]);
    for (const r of rows) if (/^[0-9a-f-]{36}$/.test(String(r.id))) ids.push(String(r.id));
  }
  return ids;
}

/**
 * Calls every route of the OpenAPI document as a member of another organisation (the attacker, holding every
 * role), with the victim organisation's ids in paths, queries and bodies. A leak is a 2xx whose body carries a
 * victim id or marker, or any change to the victim's rows.
 */
export async function findTenantLeaks(
  tp: TestPlatform,
  opts: {
    victimOrgId: string;
    markers: string[];
    attacker: Client;
    /** Only the routes whose path passes (the test of the test probes its own route, not the whole app). */
    paths?: (path: string) => boolean;
    /** This part of the routes only (the walk is split across test files so two workers share it). */
    shard?: { index: number; of: number };
  },
): Promise<{ leaks: Leak[]; calls: number; routes: number }> {
  const doc = (await (await opts.attacker.get('/api/openapi.json')).json()) as OpenApiDoc;
  const components = doc.components?.schemas ?? {};
  const ids = await victimIds(tp, opts.victimOrgId);
  if (ids.length === 0) throw new Error('the victim organisation has no rows: populate it first');
  const needles = [...ids, ...opts.markers];
  const leaks: Leak[] = [];
  let calls = 0;
  let routes = 0;
  let seen = 0;
  const tables = await tenantTables(tp);
  let before = await snapshot(tp, opts.victimOrgId, tables);

  for (const [path, methods] of Object.entries(doc.paths)) {
    if (opts.paths && !opts.paths(path)) continue;
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      if (exempt.has(key)) continue;
      if (opts.shard && seen++ % opts.shard.of !== opts.shard.index) continue;
      routes++;
      const params = op.parameters ?? [];
      const hasIdInput = params.some((p) => p.in === 'path') || method !== 'get';
      for (const id of hasIdInput ? ids : [ids[0]]) {
        const pick = () => id;
        let url = path.replace(/\{(\w+)\}/g, () => id);
        const query = new URLSearchParams();
        for (const p of params.filter((p) => p.in === 'query' && p.required))
          query.set(p.name, String(sample(p.schema, components, pick)));
        if (query.size) url += `?${query}`;
        const bodySchema = op.requestBody?.content?.['application/json']?.schema;
        const body = bodySchema ? sample(bodySchema, components, pick) : undefined;
        const res = await opts.attacker.raw(url, {
          method: method.toUpperCase(),
          headers: body !== undefined ? { 'content-type': 'application/json' } : {},
          body: body !== undefined ? JSON.stringify(body) : undefined,
        });
        calls++;
        const text = await res.text();
        if (res.status >= 200 && res.status < 300) {
          const found = needles.find((n) => text.includes(n));
          if (found) leaks.push({ method, path, url, reason: `2xx carrying victim data (${found})` });
        }
        if (res.status >= 500) leaks.push({ method, path, url, reason: `server error ${res.status}` });
      }
      if (method !== 'get') {
        const after = await snapshot(tp, opts.victimOrgId, tables);
        if (after !== before) leaks.push({ method, path, url: path, reason: 'modified the victim organisation' });
        before = after;
      }
    }
  }
  return { leaks, calls, routes };
}
