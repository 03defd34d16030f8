import { createEvent } from 'ics';
import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { eventUrl } from './mail';
import { getEvent, getRegistration } from './rows';

const parts = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

const asciiSlug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-|-$/g, '');

/** The person's registration as an .ics event (UTC instants: every calendar shows it in its own zone). */
export async function registrationCalendar({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'events.join');
  const r = await getRegistration(ctx, input.id);
  if (r.personId !== actorOf(ctx).personId || r.status === 'cancelled') throw notFound('registration');
  const e = await getEvent(ctx, r.eventId);
  const en = ctx.locale === 'en';
  const title = en ? e.titleEn : e.titleIt;
  const url = eventUrl(ctx.platform, e.id);
  const { error, value } = createEvent({
    uid: `${r.id}@voce`,
    title,
    description: [en ? e.descriptionEn : e.descriptionIt, url].filter(Boolean).join('\n\n').slice(0, 4000),
    start: parts(e.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: parts(e.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: [e.site, e.address].filter(Boolean).join(', ') || undefined,
    url,
    status: r.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
    productId: 'voce/events',
  });
  if (error || !value) throw new AppError('events.calendar_failed', 422);
  return { filename: `${asciiSlug(title) || 'event'}.ics`, ics: value };
}
