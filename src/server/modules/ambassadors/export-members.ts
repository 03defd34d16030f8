import { type Ctx, requirePermission } from '../../platform/ctx';
import { toCsv } from '../../platform/http/csv';
import { t } from '../../platform/i18n';
import { clicksPerPerson } from '../links';
import { sharesPerPerson } from '../sharing';
import { listMembers } from './list-members';
import { findProgramme } from './programme-rows';

const DAY = 86_400_000;
const headers = [
  'ambassadors:csv.name',
  'ambassadors:csv.jobFamily',
  'ambassadors:csv.department',
  'ambassadors:csv.site',
  'ambassadors:csv.cohort',
  'ambassadors:csv.status',
  'ambassadors:csv.guidelines',
  'ambassadors:csv.quiz',
  'ambassadors:csv.profile',
  'ambassadors:csv.shares30',
  'ambassadors:csv.clicks90',
];
const statusKey = {
  active: 'ambassadors:status.active',
  suspended: 'ambassadors:status.suspended',
  alumni: 'ambassadors:status.alumni',
  left: 'ambassadors:status.left',
} as const;

/** The members table as CSV, headers in the reader's language (';' for Italian spreadsheets). */
export async function exportMembers({ ctx, input }: { ctx: Ctx; input: { programmeId: string } }) {
  requirePermission(ctx, 'programme.nominate');
  const p = await findProgramme(ctx, input.programmeId);
  const now = Date.now();
  const [list, shares, clicks] = await Promise.all([
    listMembers({ ctx, input }),
    sharesPerPerson(ctx, new Date(now - 30 * DAY)),
    clicksPerPerson(ctx, new Date(now - 90 * DAY).toISOString().slice(0, 10), new Date(now + DAY).toISOString().slice(0, 10)),
  ]);
  const yes = (b: boolean) => t(ctx.locale, b ? 'ambassadors:csv.yes' : 'ambassadors:csv.no');
  const rows = list.items.map((m) => [
    m.person.name,
    m.person.jobFamily ?? '',
    m.person.department ?? '',
    m.person.site ?? '',
    m.cohort,
    t(ctx.locale, statusKey[m.status]),
    yes(m.readiness.guidelines),
    yes(m.readiness.quiz),
    yes(m.readiness.profile),
    shares.get(m.person.id) ?? 0,
    clicks.get(m.person.id) ?? 0,
  ]);
  const slug =
    p.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'programme';
  return {
    filename: `${slug}-members.csv`,
    csv: `${toCsv(
      headers.map((h) => t(ctx.locale, h)),
      rows,
      ctx.locale === 'it' ? ';' : ',',
    )}\r\n`,
  };
}
