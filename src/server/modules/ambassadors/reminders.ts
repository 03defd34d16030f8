import { and, eq, lt } from 'drizzle-orm';
import { inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { isLocale, t } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { findPeopleDetails } from '../people';
import { currentGuidelines } from './guidelines-state';
import { type Notice, queueNotices } from './notify';
import { readinessOf } from './readiness';
import { members, programmes, reminders } from './schema';

const DAY = 86_400_000;
/** Members get a few days to get ready on their own before a reminder. */
const AFTER_DAYS = 3;
const missingKey = {
  guidelines: 'ambassadors:missing.guidelines',
  quiz: 'ambassadors:missing.quiz',
  profile: 'ambassadors:missing.profile',
} as const;

/**
 * Daily: one reminder to each member not ready a few days after joining, or not yet accepting a new major version.
 * At most one per member, kind and subject ever: the reminder is claimed by inserting its key (unique) in the same
 * transaction as the e-mail, so a second run or a second process sends nothing.
 */
export async function sendReminders(platform: Platform, now = new Date()): Promise<number> {
  const orgs = await platform.db.selectDistinct({ orgId: members.orgId }).from(members).where(eq(members.status, 'active'));
  let sent = 0;
  for (const { orgId } of orgs) {
    const ctx = systemCtx(platform, orgId);
    const after = await inTx(ctx, async (tx) => {
      const notices: Notice[] = [];
      for (const p of await tx.db.select().from(programmes).where(ofOrg(tx, programmes))) {
        const due = await tx.db
          .select()
          .from(members)
          .where(
            ofOrg(
              tx,
              members,
              and(
                eq(members.programmeId, p.id),
                eq(members.status, 'active'),
                lt(members.joinedAt, new Date(now.getTime() - AFTER_DAYS * DAY)),
              ),
            ),
          );
        if (due.length === 0) continue;
        const ids = due.map((m) => m.personId);
        const [ready, people, current] = await Promise.all([
          readinessOf(tx, p, ids),
          findPeopleDetails(tx, ids),
          currentGuidelines(tx, [p.id]),
        ]);
        const byId = new Map(people.map((x) => [x.id, x]));
        for (const m of due) {
          const r = ready.get(m.personId);
          const person = byId.get(m.personId);
          if (!r || r.ready || !person || person.status !== 'active') continue;
          const kind = r.guidelines ? ('readiness' as const) : ('guidelines' as const);
          const subject = kind === 'guidelines' ? `guidelines:${current.get(p.id)?.latest.id}` : `readiness:${m.cohortId}`;
          const [claimed] = await tx.db
            .insert(reminders)
            .values({ orgId, memberId: m.id, kind, subject })
            .onConflictDoNothing()
            .returning({ memberId: reminders.memberId });
          if (!claimed) continue;
          const locale = isLocale(person.locale) ? person.locale : 'it';
          const missing = (['guidelines', 'quiz', 'profile'] as const).filter((k) => !r[k]).map((k) => t(locale, missingKey[k]));
          notices.push({
            to: person,
            template: 'programme_reminder',
            vars: { programme: p.name, missing: missing.join(', ') },
            path: kind === 'guidelines' ? `/ambassadors/${p.id}/guidelines` : '/ambassadors',
          });
        }
      }
      sent += notices.length;
      return queueNotices(tx, notices);
    });
    await after(platform);
  }
  return sent;
}
