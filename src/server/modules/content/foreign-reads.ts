// The only reads of the people table in this module, kept in one place: the people module exports no
// "people by id" or "search active people" function yet. TODO(lead): replace with people/index exports.
import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from '../people/schema';

/** The subset of ids that are people of the caller's organisation. */
export async function existingPersonIds(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(ofOrg(ctx, people, inArray(people.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Names of people by id, for "created by" in the editor. */
export async function personNames(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(ofOrg(ctx, people, inArray(people.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active people whose name matches, for aiming a post at named persons. */
export async function searchActivePeople(ctx: Ctx, q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return ctx.db
    .select({ id: people.id, name: people.name, department: people.department })
    .from(people)
    .where(ofOrg(ctx, people, and(eq(people.status, 'active'), ilike(people.name, pattern))))
    .orderBy(asc(people.name))
    .limit(20);
}
