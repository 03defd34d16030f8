import { and, eq, isNotNull, lt } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { localeOf, trainingUrl } from './mail';
import { orgPeople } from './org-people';
import { isEligible } from './population';
import { propositionsOf, today } from './rows';
import { trainingEnrolments, trainingEscalations, trainings } from './schema';

/**
 * Mandatory trainings past their due day: every eligible person who has not completed is reported to their line
 * manager, once (a unique escalation row per training and person, written in the transaction that writes the
 * e-mail). A manager gets one e-mail per training listing their people. People without a manager are only listed on
 * the L&D dashboard. The manager chain is walked cycle-safely (hierarchy.ts).
 */
export async function escalateOverdue(platform: Platform): Promise<number> {
  const day = today();
  const due = await platform.db
    .select()
    .from(trainings)
    .where(
      and(
        eq(trainings.status, 'published'),
        eq(trainings.motivation, 'mandatory'),
        isNotNull(trainings.dueDate),
        lt(trainings.dueDate, day),
      ),
    );
  let escalated = 0;
  for (const t of due) {
    const ctx = systemCtx(platform, t.orgId);
    const people = await orgPeople(ctx);
    const rules = (await propositionsOf(ctx, [t.id])).get(t.id) ?? [];
    const done = await ctx.db
      .select({ personId: trainingEnrolments.personId })
      .from(trainingEnrolments)
      .where(
        and(
          eq(trainingEnrolments.orgId, t.orgId),
          eq(trainingEnrolments.trainingId, t.id),
          isNotNull(trainingEnrolments.completedAt),
        ),
      );
    const completed = new Set(done.map((d) => d.personId));
    const late = people.list.filter((p) => !completed.has(p.id) && isEligible(rules, p, day));
    if (late.length === 0) continue;
    const enqueue = await platform.db.transaction(async (tx) => {
      const fresh = await tx
        .insert(trainingEscalations)
        .values(
          late.map((p) => ({
            orgId: t.orgId,
            trainingId: t.id,
            personId: p.id,
            managerId: people.hierarchy.lineManagerOf(p.id),
          })),
        )
        .onConflictDoNothing({ target: [trainingEscalations.trainingId, trainingEscalations.personId] })
        .returning({ personId: trainingEscalations.personId, managerId: trainingEscalations.managerId });
      escalated += fresh.length;
      const byManager = new Map<string, string[]>();
      for (const f of fresh)
        if (f.managerId)
          byManager.set(f.managerId, [...(byManager.get(f.managerId) ?? []), people.byId.get(f.personId)?.name ?? '']);
      const mails = [...byManager].flatMap(([managerId, names]) => {
        const m = people.byId.get(managerId);
        if (!m) return [];
        return [
          {
            orgId: t.orgId,
            to: m.email,
            template: 'training_overdue' as const,
            locale: localeOf(m),
            vars: {
              name: m.name,
              title: t.title,
              learners: names.sort().join(', '),
              due: t.dueDate ?? '',
              need: t.organisationalNeed ?? '',
              url: `${trainingUrl({ platform }, '').replace(/\/$/, '')}/team/${t.id}`,
            },
          },
        ];
      });
      return (await queueMails(platform, tx, mails.slice(0, 1000))).enqueue;
    });
    await enqueue(platform);
  }
  return escalated;
}
