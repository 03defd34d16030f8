import { type Ctx, requirePermission } from '../../platform/ctx';
import { searchActivePeople } from '../people';

/** Active people by name, for aiming a post at named persons (editors may not hold people.read). */
export async function searchAudience({ ctx, input }: { ctx: Ctx; input: { q: string } }) {
  requirePermission(ctx, 'content.write');
  return { items: await searchActivePeople(ctx, input.q) };
}
