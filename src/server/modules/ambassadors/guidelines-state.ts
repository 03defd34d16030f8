import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { guidelineAcceptances, guidelineVersions } from './schema';

export type CurrentGuidelines = {
  /** The latest published version: the one people read and accept. */
  latest: { id: string; major: number; minor: number; htmlIt: string; htmlEn: string };
  /** Published versions of the latest major: accepting any of them is accepting the current rules. */
  sameMajor: string[];
};

export const versionLabel = (v: { major: number; minor: number }) => `${v.major}.${v.minor}`;

const latestRow = sql`row_number() over (partition by ${guidelineVersions.programmeId} order by ${guidelineVersions.major} desc, ${guidelineVersions.minor} desc) = 1`;

/** Per programme, its current published guidelines (programmes without any are absent). */
export async function currentGuidelines(ctx: Ctx, programmeIds: string[]): Promise<Map<string, CurrentGuidelines>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: guidelineVersions.id,
      programmeId: guidelineVersions.programmeId,
      major: guidelineVersions.major,
      minor: guidelineVersions.minor,
      // Only the latest version's texts are read: the older ones are needed for their ids (the share guard asks often).
      htmlIt: sql<string>`case when ${latestRow} then ${guidelineVersions.htmlIt} else '' end`,
      htmlEn: sql<string>`case when ${latestRow} then ${guidelineVersions.htmlEn} else '' end`,
    })
    .from(guidelineVersions)
    .where(
      ofOrg(
        ctx,
        guidelineVersions,
        and(inArray(guidelineVersions.programmeId, programmeIds), eq(guidelineVersions.status, 'published')),
      ),
    )
    .orderBy(desc(guidelineVersions.major), desc(guidelineVersions.minor));
  const out = new Map<string, CurrentGuidelines>();
  for (const r of rows) {
    const cur = out.get(r.programmeId);
    if (!cur) out.set(r.programmeId, { latest: r, sameMajor: [r.id] });
    else if (r.major === cur.latest.major) cur.sameMajor.push(r.id);
  }
  return out;
}

/** People (of those given) who accepted one of these versions. */
export async function acceptedAny(ctx: Ctx, versionIds: string[], personIds: string[]): Promise<Set<string>> {
  if (versionIds.length === 0 || personIds.length === 0) return new Set();
  const rows = await ctx.db
    .selectDistinct({ personId: guidelineAcceptances.personId })
    .from(guidelineAcceptances)
    .where(
      ofOrg(
        ctx,
        guidelineAcceptances,
        inArray(guidelineAcceptances.versionId, versionIds),
        anyUuid(guidelineAcceptances.personId, personIds),
      ),
    );
  return new Set(rows.map((r) => r.personId));
}
