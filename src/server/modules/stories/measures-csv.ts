import type { Ctx } from '../../platform/ctx';
import { toCsv } from '../../platform/http/csv';
import { t } from '../../platform/i18n';
import { getStoryMeasures } from './measures';

/** The story measures of a period as a CSV: one row per figure, headers and labels in the reader's language. */
export async function storyMeasuresCsv({ ctx, input }: { ctx: Ctx; input: { from: string; to: string } }) {
  const m = await getStoryMeasures({ ctx, input });
  const say = (key: string) => t(ctx.locale, key);
  const rows: [string, number | string][] = [
    [say('stories:csv.submitted'), m.submitted],
    [say('stories:csv.approved'), m.approved],
    [say('stories:csv.declined'), m.declined],
    [say('stories:csv.median_hours'), m.medianHoursToModeration ?? ''],
    [say('stories:csv.story_posts'), m.stories.posts],
    [say('stories:csv.story_shares'), m.stories.shares],
    [say('stories:csv.story_clicks'), m.stories.clicks],
    [say('stories:csv.story_clicks_per_share'), m.stories.clicksPerShare],
    [say('stories:csv.corporate_posts'), m.corporate.posts],
    [say('stories:csv.corporate_shares'), m.corporate.shares],
    [say('stories:csv.corporate_clicks'), m.corporate.clicks],
    [say('stories:csv.corporate_clicks_per_share'), m.corporate.clicksPerShare],
  ];
  return {
    filename: `voce-stories-${m.from}-${m.to}.csv`,
    csv: toCsv([say('stories:csv.measure'), `${m.from} – ${m.to}`], rows),
  };
}
