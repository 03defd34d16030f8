import { createEvent } from 'ics';
import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { getEnrolment } from './get-enrolment';
import { asciiSlug, trainingUrl } from './mail';
import { getSession, getTraining } from './rows';

const parts = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

/** The learner's session as an .ics calendar event (UTC instants: every calendar shows it in its own time zone). */
export async function enrolmentCalendar({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string };
}): Promise<{ filename: string; ics: string }> {
  requirePermission(ctx, 'training.learn');
  const e = await getEnrolment(ctx, input.id);
  if (e.personId !== actorOf(ctx).personId) throw notFound('enrolment');
  if (!e.sessionId || !['enrolled', 'pending', 'waitlisted'].includes(e.status)) throw notFound('session');
  const [t, s] = await Promise.all([getTraining(ctx, e.trainingId), getSession(ctx, e.sessionId)]);
  const url = trainingUrl(ctx, t.id);
  const { error, value } = createEvent({
    uid: `${e.id}@voce`,
    title: t.title,
    description: [t.description, url].filter(Boolean).join('\n\n').slice(0, 4000),
    start: parts(s.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: parts(s.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: s.place ?? s.onlineUrl ?? undefined,
    url,
    status: e.status === 'enrolled' ? 'CONFIRMED' : 'TENTATIVE',
    productId: 'voce/training',
  });
  if (error || !value) throw new AppError('training.calendar_failed', 422);
  return { filename: `${asciiSlug(t.title) || 'training'}.ics`, ics: value };
}
