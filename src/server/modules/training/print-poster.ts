import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import { campaignLink } from './campaign-links';
import { asciiSlug, formatWhen, say } from './mail';
import { learnerRules } from './population';
import { renderPoster } from './render-poster';
import { getTraining, hoursOf, propositionsOf, sessionsOf } from './rows';
import { type Motivation, trainingPosters } from './schema';

/** The poster's opening line speaks to the motivation (seed 000: each needs its own approach). */
const kickers: Record<Motivation, string> = {
  contingent: 'poster.kicker.contingent',
  career: 'poster.kicker.career',
  mandatory: 'poster.kicker.mandatory',
  community: 'poster.kicker.community',
};

/**
 * An A4 poster (PDF) for one population of a published training, with a QR code to the campaign's poster link.
 * Every poster printed is counted: it is the poster channel's "views" in the campaign figures.
 */
export async function printPoster({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trainingId: string; propositionId?: string; place?: string };
}): Promise<{ filename: string; pdf: Uint8Array }> {
  requirePermission(ctx, 'training.manage');
  const actor = actorOf(ctx);
  const t = await getTraining(ctx, input.trainingId, { published: true });
  const props = learnerRules((await propositionsOf(ctx, [t.id])).get(t.id) ?? []);
  const prop = input.propositionId ? props.find((p) => p.id === input.propositionId) : props[0];
  if (input.propositionId && !prop) throw notFound('proposition');
  const url = await campaignLink(ctx, t.id, 'poster');
  const locale: Locale = ctx.locale;
  const now = Date.now();
  const next = ((await sessionsOf(ctx, [t.id])).get(t.id) ?? []).filter((s) => s.startsAt.getTime() > now).slice(0, 3);
  const pdf = await renderPoster({
    kicker: say(locale, kickers[t.motivation]),
    title: t.title,
    audience: prop ? say(locale, 'poster.for', { label: prop.label }) : null,
    blocks: prop
      ? [
          { heading: say(locale, 'poster.benefits'), text: prop.benefits },
          { heading: say(locale, 'poster.problem'), text: prop.problem },
          { heading: say(locale, 'poster.outcome'), text: prop.outcome },
        ]
      : [{ heading: say(locale, 'poster.about'), text: t.description }],
    facts: [
      say(locale, 'poster.duration', { hours: hoursOf(t) }),
      ...next.map((s) => `${formatWhen(locale, s.startsAt)}${s.place ? ` — ${s.place}` : ''}`),
      ...(t.motivation === 'mandatory' && t.organisationalNeed
        ? [say(locale, 'poster.need', { need: t.organisationalNeed })]
        : []),
    ],
    qrUrl: url,
    qrCaption: say(locale, 'poster.scan'),
    footer: input.place ? say(locale, 'poster.footerPlace', { place: input.place, url }) : say(locale, 'poster.footer', { url }),
  });
  await ctx.db.insert(trainingPosters).values({
    orgId: ctx.orgId,
    trainingId: t.id,
    place: input.place || null,
    propositionId: prop?.id ?? null,
    createdBy: actor.personId,
  });
  return { filename: `poster-${asciiSlug(t.title) || 'training'}.pdf`, pdf };
}
