import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { countReaders } from '../people';
import type { AudienceCountT, TargetingT } from './contract';
import { findPost } from './get-post';
import { postTargets } from './schema';

type Input = { targeting: TargetingT; language: 'all' | 'it' | 'en' };

/**
 * How many people a targeting reaches now (active people, the feed's own rule), out of how many: the editor sees it
 * live while choosing departments, sites and people, before anything is published.
 */
export async function countAudience({ ctx, input }: { ctx: Ctx; input: Input }): Promise<AudienceCountT> {
  requirePermission(ctx, 'content.write');
  return countReaders(ctx, { ...input.targeting, language: input.language });
}

/** The audience of a saved post, as it stands. */
export async function countPostAudience(ctx: Ctx, id: string): Promise<AudienceCountT> {
  const row = await findPost(ctx, id);
  const targets = await ctx.db
    .select()
    .from(postTargets)
    .where(ofOrg(ctx, postTargets, eq(postTargets.postId, id)));
  const values = (kind: string) => targets.filter((t) => t.kind === kind).map((t) => t.value);
  return countReaders(ctx, {
    all: row.targetAll,
    departments: values('department'),
    sites: values('site'),
    personIds: values('person'),
    language: row.language,
  });
}

/**
 * A post that would reach nobody (departments spelt differently from the directory, a language nobody reads) goes
 * live only when the editor confirms it: 409 content.no_audience otherwise, which the editor shows as a question.
 */
export async function requireAudience(ctx: Ctx, id: string, confirmed: boolean | undefined): Promise<void> {
  if (confirmed) return;
  const { people } = await countPostAudience(ctx, id);
  if (people === 0)
    throw new AppError('content.no_audience', 409, {}, [{ path: 'targeting', code: 'no_audience', message: 'no_audience' }]);
}
