import { actorOf, type Ctx } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { listOrgPeople, type OrgPerson } from '../people';

/** The signed-in person as the people module knows them (department, site, job title, family, hire date). */
export async function currentPerson(ctx: Ctx): Promise<OrgPerson> {
  const [me] = await listOrgPeople(ctx, { ids: [actorOf(ctx).personId] });
  if (!me) throw notFound('person');
  return me;
}
