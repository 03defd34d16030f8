import { and, count, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { clickTotals, postClicks } from '../links';
import { sharesOfPosts } from '../sharing';
import { campaignNetworks } from './campaign-links';
import type { ChannelStatsT } from './contract';
import { type Channel, channels, trainingEnrolments, trainingNudges, trainingPosters, trainingReach, trainings } from './schema';

type Range = { from: Date; to: Date } | null;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const within = (col: Parameters<typeof gte>[0], r: Range) => (r ? and(gte(col, r.from), lt(col, r.to)) : undefined);

/**
 * Views, clicks and enrolments per channel for some trainings (over a period, or their whole life):
 * - feed: people the card was shown to / who opened the training from it;
 * - email: people mailed / clicks on the e-mail's tracked link;
 * - poster: posters printed / QR scans (clicks on the poster's tracked link);
 * - advocacy: employees' shares of the advocacy post / clicks on all their tracked links;
 * - nudge: nudges sent; catalogue: enrolments only.
 * Clicks come from the links module (bots and repeat visits within the hour are not counted there).
 */
export async function channelStats(ctx: Ctx, trainingIds: string[], range: Range = null): Promise<ChannelStatsT[]> {
  const stats = new Map<Channel, ChannelStatsT>(
    channels.map((c) => [c, { channel: c, views: null, clicks: null, enrolments: 0 }]),
  );
  if (trainingIds.length === 0) return [...stats.values()];
  const [reach, posters, nudges, enrolments, carriers] = await Promise.all([
    ctx.db
      .select({
        channel: trainingReach.channel,
        views: count(),
        opens: sql<number>`count(${trainingReach.openedAt})::int`,
      })
      .from(trainingReach)
      .where(ofOrg(ctx, trainingReach, inArray(trainingReach.trainingId, trainingIds), within(trainingReach.reachedAt, range)))
      .groupBy(trainingReach.channel),
    ctx.db
      .select({ n: count() })
      .from(trainingPosters)
      .where(
        ofOrg(ctx, trainingPosters, inArray(trainingPosters.trainingId, trainingIds), within(trainingPosters.createdAt, range)),
      ),
    ctx.db
      .select({ n: count() })
      .from(trainingNudges)
      .where(
        ofOrg(ctx, trainingNudges, inArray(trainingNudges.trainingId, trainingIds), within(trainingNudges.createdAt, range)),
      ),
    ctx.db
      .select({ channel: trainingEnrolments.channel, n: count() })
      .from(trainingEnrolments)
      .where(
        ofOrg(
          ctx,
          trainingEnrolments,
          inArray(trainingEnrolments.trainingId, trainingIds),
          or(
            inArray(trainingEnrolments.status, ['enrolled', 'pending', 'waitlisted']),
            isNotNull(trainingEnrolments.completedAt),
          ),
          within(trainingEnrolments.createdAt, range),
        ),
      )
      .groupBy(trainingEnrolments.channel),
    ctx.db
      .select({ postId: trainings.campaignPostId, ownerId: trainings.campaignOwnerId, advocacyPostId: trainings.advocacyPostId })
      .from(trainings)
      .where(ofOrg(ctx, trainings, inArray(trainings.id, trainingIds))),
  ]);
  for (const r of reach) {
    const s = stats.get(r.channel)!;
    s.views = Number(r.views);
    s.clicks = r.channel === 'feed' ? Number(r.opens) : s.clicks;
  }
  stats.get('feed')!.clicks ??= stats.get('feed')!.views === null ? null : 0;
  stats.get('poster')!.views = Number(posters[0]?.n ?? 0);
  stats.get('nudge')!.views = Number(nudges[0]?.n ?? 0);
  for (const e of enrolments) if (e.channel) stats.get(e.channel)!.enrolments = Number(e.n);
  // Clicks on the campaign's tracked links, read through the links module (its tables are its own business).
  const posts = new Set(carriers.flatMap((c) => (c.postId ? [c.postId] : [])));
  const clicks = { poster: 0, email: 0 };
  for (const owner of new Set(carriers.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))) {
    for (const row of await clickTotals({ ctx, input: { personId: owner } })) {
      if (!posts.has(row.postId)) continue;
      if (row.network === campaignNetworks.poster) clicks.poster += Number(row.clicks);
      if (row.network === campaignNetworks.email) clicks.email += Number(row.clicks);
    }
  }
  stats.get('poster')!.clicks = clicks.poster;
  stats.get('email')!.clicks = clicks.email;
  stats.get('email')!.views ??= 0;
  const advocacyPosts = carriers.flatMap((c) => (c.advocacyPostId ? [c.advocacyPostId] : []));
  if (advocacyPosts.length > 0) {
    const days = range ? { from: isoDay(range.from), to: isoDay(range.to) } : {};
    const advocacy = stats.get('advocacy')!;
    advocacy.views = await sharesOfPosts(ctx, advocacyPosts, range);
    advocacy.clicks = await postClicks({ ctx, input: { postIds: advocacyPosts, ...days } });
  }
  return [...stats.values()];
}
