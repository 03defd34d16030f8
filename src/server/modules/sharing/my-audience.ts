import { actorOf, type Ctx } from '../../platform/ctx';
import type { Audience } from '../content';
import { findPeopleById } from '../people';

/** The signed-in person as content targeting sees them: id, department, site, language. */
export async function myAudience(ctx: Ctx): Promise<Audience> {
  const actor = actorOf(ctx);
  const me = (await findPeopleById(ctx, [actor.personId])).get(actor.personId);
  return { personId: actor.personId, department: me?.department ?? null, site: me?.site ?? null, locale: actor.locale };
}
