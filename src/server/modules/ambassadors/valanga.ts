import { eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { isLocale, t } from '../../platform/i18n';
import { recordAudit } from '../audit';
import { clicksOfPerson, clicksPerPerson } from '../links';
import { findPeopleDetails, findPeopleWithRoles } from '../people';
import { sharesPerPerson } from '../sharing';
import { type AfterCommit, queueNotices } from './notify';
import type { ProgrammeRow } from './programme-rows';
import { applications, members, valangaAlerts } from './schema';

const DAY = 86_400_000;
const triggerKey = { leaving: 'ambassadors:trigger.leaving', deactivated: 'ambassadors:trigger.deactivated' } as const;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The programme's members' clicks of the last 90 days, and this person's share of them. */
export async function clickShareOf(ctx: Ctx, programmeId: string, personId: string, now = new Date()) {
  const from = dayOf(new Date(now.getTime() - 90 * DAY));
  const to = dayOf(new Date(now.getTime() + DAY));
  const everyone = await ctx.db
    .selectDistinct({ personId: members.personId })
    .from(members)
    .where(ofOrg(ctx, members, eq(members.programmeId, programmeId)));
  const clicks = await clicksPerPerson(ctx, from, to);
  const total = everyone.reduce((s, m) => s + (clicks.get(m.personId) ?? 0), 0);
  return { share: total > 0 ? (clicks.get(personId) ?? 0) / total : 0, from, to };
}

/**
 * The "valanga" check when a member leaves (deactivated, or a leaving date recorded): if they hold at least the
 * programme's threshold of its clicks, comms get an alert with what their departure affects and colleagues of the
 * same job family who could take over (candidates already waiting first). Raised once per member and trigger.
 */
export async function raiseValanga(
  tx: Ctx,
  p: ProgrammeRow,
  m: { id: string; personId: string },
  trigger: 'deactivated' | 'leaving',
): Promise<AfterCommit | null> {
  const { share, from, to } = await clickShareOf(tx, p.id, m.personId);
  if (share < p.valangaThreshold) return null;
  const since = new Date(`${from}T00:00:00Z`);
  const [affectedClicks, shares, active, waiting, current] = await Promise.all([
    clicksOfPerson(tx, m.personId, from, to),
    sharesPerPerson(tx, since, [m.personId]),
    findPeopleDetails(tx, 'active'),
    tx.db
      .select({ personId: applications.personId })
      .from(applications)
      .where(
        ofOrg(tx, applications, eq(applications.programmeId, p.id), inArray(applications.status, ['pending', 'waitlisted'])),
      ),
    tx.db
      .select({ personId: members.personId })
      .from(members)
      .where(ofOrg(tx, members, eq(members.programmeId, p.id), inArray(members.status, ['active', 'suspended']))),
  ]);
  const [person] = await findPeopleDetails(tx, [m.personId]);
  const seated = new Set(current.map((c) => c.personId));
  const queued = new Set(waiting.map((w) => w.personId));
  const suggestions = active
    .filter((x) => x.id !== m.personId && !seated.has(x.id) && !!person?.jobFamily && x.jobFamily === person.jobFamily)
    .sort((a, b) => Number(queued.has(b.id)) - Number(queued.has(a.id)) || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((x) => ({ personId: x.id, name: x.name }));
  const affected = { clicks: affectedClicks.clicks, posts: affectedClicks.posts, shares: shares.get(m.personId) ?? 0 };
  const [alert] = await tx.db
    .insert(valangaAlerts)
    .values({
      orgId: tx.orgId,
      programmeId: p.id,
      memberId: m.id,
      personId: m.personId,
      trigger,
      clickShare: share,
      affected,
      suggestions,
    })
    .onConflictDoNothing()
    .returning({ id: valangaAlerts.id });
  if (!alert) return null;
  await recordAudit({
    ctx: tx,
    input: {
      action: 'programme.valanga_alert',
      targetType: 'person',
      targetId: m.personId,
      targetName: person?.name,
      data: { share, trigger },
    },
  });
  let comms = await findPeopleWithRoles(tx, ['editor']);
  if (comms.length === 0) comms = await findPeopleWithRoles(tx, ['admin']);
  return queueNotices(
    tx,
    comms.map((to) => ({
      to,
      template: 'programme_valanga' as const,
      vars: {
        programme: p.name,
        person: person?.name ?? '—',
        trigger: t(isLocale(to.locale) ? to.locale : 'it', triggerKey[trigger]),
        share: `${Math.round(share * 100)}%`,
        clicks: String(affected.clicks),
        posts: String(affected.posts),
        suggestions: suggestions.map((s) => s.name).join(', ') || '—',
      },
      path: `/programmes/${p.id}?tab=risks`,
    })),
  );
}
