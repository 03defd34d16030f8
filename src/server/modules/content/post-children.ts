import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { findPeopleById } from '../people';
import type { PostInputT, TargetingT } from './contract';
import { postCaptions, postTargets } from './schema';

/** Captions are replaced as a whole on save; their order in the list is their position. */
export async function replaceCaptions(ctx: Ctx, postId: string, captions: PostInputT['captions']) {
  await ctx.db.delete(postCaptions).where(ofOrg(ctx, postCaptions, eq(postCaptions.postId, postId)));
  if (captions.length === 0) return;
  await ctx.db
    .insert(postCaptions)
    .values(
      captions.map((c, i) => ({ orgId: ctx.orgId, postId, locale: c.locale, network: c.network, text: c.text, position: i })),
    );
}

/** Targets are replaced as a whole; person ids must be people of this organisation. */
export async function replaceTargets(ctx: Ctx, postId: string, t: TargetingT) {
  const personIds = [...new Set(t.personIds)];
  const known = await findPeopleById(ctx, personIds);
  if (personIds.some((id) => !known.has(id))) throw new AppError('content.unknown_person', 400);
  await ctx.db.delete(postTargets).where(ofOrg(ctx, postTargets, eq(postTargets.postId, postId)));
  const rows = [
    ...[...new Set(t.departments)].map((value) => ({ kind: 'department' as const, value })),
    ...[...new Set(t.sites)].map((value) => ({ kind: 'site' as const, value })),
    ...personIds.map((value) => ({ kind: 'person' as const, value })),
  ];
  if (rows.length === 0) return;
  await ctx.db.insert(postTargets).values(rows.map((r) => ({ ...r, orgId: ctx.orgId, postId })));
}

/** Targeting "selected" with nobody selected would hide the post from everyone: refuse it. */
export function checkTargeting(t: TargetingT) {
  if (!t.all && t.departments.length + t.sites.length + t.personIds.length === 0)
    throw new AppError('content.empty_audience', 400);
}
