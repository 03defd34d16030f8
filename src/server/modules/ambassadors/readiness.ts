import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { completedProfiles } from '../sharing';
import type { ReadinessT } from './contract';
import { acceptedAny, currentGuidelines } from './guidelines-state';
import type { ProgrammeRow } from './programme-rows';
import { quizAttempts } from './schema';

/**
 * The checklist that makes a member active: the current guidelines accepted (nothing to accept when none is
 * published), the quiz passed (when the programme has one), a sharing profile with at least one audience size.
 */
export async function readinessOf(ctx: Ctx, programme: ProgrammeRow, personIds: string[]): Promise<Map<string, ReadinessT>> {
  const ids = [...new Set(personIds)];
  const current = (await currentGuidelines(ctx, [programme.id])).get(programme.id);
  const [accepted, passed, profiles] = await Promise.all([
    current ? acceptedAny(ctx, current.sameMajor, ids) : Promise.resolve(null),
    programme.quiz && ids.length
      ? ctx.db
          .selectDistinct({ personId: quizAttempts.personId })
          .from(quizAttempts)
          .where(
            ofOrg(
              ctx,
              quizAttempts,
              and(eq(quizAttempts.programmeId, programme.id), eq(quizAttempts.passed, true), anyUuid(quizAttempts.personId, ids)),
            ),
          )
          .then((rows) => new Set(rows.map((r) => r.personId)))
      : Promise.resolve(null),
    completedProfiles(ctx, ids),
  ]);
  const out = new Map<string, ReadinessT>();
  for (const id of ids) {
    const r = { guidelines: accepted ? accepted.has(id) : true, quiz: passed ? passed.has(id) : true, profile: profiles.has(id) };
    out.set(id, { ...r, ready: r.guidelines && r.quiz && r.profile });
  }
  return out;
}
