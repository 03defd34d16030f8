import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { type ContentLanguage, contentLanguages, people } from './schema';

/** Languages in a stable order, each once: what is stored. */
export const normaliseLanguages = (langs: readonly string[]): ContentLanguage[] =>
  contentLanguages.filter((l) => langs.includes(l));

/** The languages a new person reads when nobody said: their interface language. */
export const defaultContentLanguages = (locale: string): ContentLanguage[] => [locale === 'en' ? 'en' : 'it'];

/** The normalised languages when they differ from the stored ones; undefined when not sent or unchanged. */
export function changedLanguages(sent: readonly string[] | undefined, stored: readonly string[]): ContentLanguage[] | undefined {
  if (!sent) return undefined;
  const value = normaliseLanguages(sent);
  return value.join(',') === stored.join(',') ? undefined : value;
}

/** A person's own choice of the languages they read posts in (from their sharing profile). */
export async function setMyContentLanguages(ctx: Ctx, personId: string, langs: readonly string[]): Promise<ContentLanguage[]> {
  const value = normaliseLanguages(langs);
  await ctx.db
    .update(people)
    .set({ contentLanguages: value, updatedAt: new Date() })
    .where(ofOrg(ctx, people, eq(people.id, personId)));
  return value;
}
