import { inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from './schema';

export type Contact = { id: string; name: string; email: string; locale: 'it' | 'en'; status: string };

/** Where and in which language to write to these people (other modules' e-mails), from the caller's organisation. */
export async function findContacts(ctx: Ctx, ids: string[]): Promise<Map<string, Contact>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: people.id, name: people.name, email: people.email, locale: people.locale, status: people.status })
    .from(people)
    .where(ofOrg(ctx, people, inArray(people.id, ids)));
  return new Map(rows.map((r) => [r.id, { ...r, locale: r.locale === 'en' ? ('en' as const) : ('it' as const) }]));
}
