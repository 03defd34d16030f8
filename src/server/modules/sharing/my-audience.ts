import { actorOf, type Ctx } from '../../platform/ctx';
import type { Audience } from '../content';
import { findReader } from '../people';

/** The signed-in person as content targeting sees them: id, department, site, the languages they read. */
export async function myAudience(ctx: Ctx): Promise<Audience> {
  const actor = actorOf(ctx);
  const me = await findReader(ctx, actor.personId);
  return {
    personId: actor.personId,
    department: me?.department ?? null,
    site: me?.site ?? null,
    languages: me?.contentLanguages ?? [],
  };
}

/**
 * The order in which I prefer a post's language versions: my interface language first when I read it (someone who
 * reads both sees the one their menus are in), then my other content languages.
 */
export function preferredLanguages(ctx: Ctx, who: Audience): string[] {
  const ui = actorOf(ctx).locale;
  return who.languages.includes(ui) ? [ui, ...who.languages.filter((l) => l !== ui)] : [...who.languages];
}
