import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleById } from '../people';
import type { GuidelineVersionT } from './contract';
import { versionLabel } from './guidelines-state';
import { findProgramme } from './programme-rows';
import { guidelineAcceptances, guidelineComments, guidelineVersions } from './schema';

/** Every version of a programme's guidelines, newest first, with acceptances and comments (for comms). */
export async function listGuidelines({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { programmeId: string };
}): Promise<{ items: GuidelineVersionT[] }> {
  requirePermission(ctx, 'programme.manage');
  const p = await findProgramme(ctx, input.programmeId);
  const versions = await ctx.db
    .select()
    .from(guidelineVersions)
    .where(ofOrg(ctx, guidelineVersions, eq(guidelineVersions.programmeId, p.id)))
    .orderBy(desc(guidelineVersions.createdAt));
  const ids = versions.map((v) => v.id);
  const [accepted, comments] = ids.length
    ? await Promise.all([
        ctx.db
          .select({ versionId: guidelineAcceptances.versionId, n: count() })
          .from(guidelineAcceptances)
          .where(ofOrg(ctx, guidelineAcceptances, inArray(guidelineAcceptances.versionId, ids)))
          .groupBy(guidelineAcceptances.versionId),
        ctx.db
          .select()
          .from(guidelineComments)
          .where(ofOrg(ctx, guidelineComments, inArray(guidelineComments.versionId, ids)))
          .orderBy(asc(guidelineComments.createdAt)),
      ])
    : [[], []];
  const authors = await findPeopleById(
    ctx,
    comments.map((c) => c.personId),
  );
  const acceptedBy = new Map(accepted.map((a) => [a.versionId, Number(a.n)]));
  return {
    items: versions.map((v) => ({
      id: v.id,
      status: v.status,
      version: v.status === 'published' ? versionLabel(v) : null,
      bodyIt: v.bodyIt,
      bodyEn: v.bodyEn,
      htmlIt: v.htmlIt,
      htmlEn: v.htmlEn,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      createdAt: v.createdAt.toISOString(),
      acceptances: acceptedBy.get(v.id) ?? 0,
      comments: comments
        .filter((c) => c.versionId === v.id)
        .map((c) => ({
          id: c.id,
          author: authors.get(c.personId)?.name ?? '—',
          body: c.body,
          createdAt: c.createdAt.toISOString(),
        })),
    })),
  };
}
