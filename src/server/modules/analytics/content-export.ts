import type { Ctx } from '../../platform/ctx';
import type { Cell, CellType, Sheet } from '../../platform/http/spreadsheet';
import { t } from '../../platform/i18n';
import type { ContentTable, OverviewFilters } from './contract';
import { getContentMeasures } from './get-content-measures';

/**
 * The stories and events tab as sheets: `stories` is one row per figure (stories, then employee stories against
 * corporate posts, then event totals); `events` is one row per event.
 */
export async function contentExport({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: OverviewFilters & { table: ContentTable };
}): Promise<{ basename: string; sheet: Sheet }> {
  const m = await getContentMeasures({ ctx, input });
  const say = (key: string) => t(ctx.locale, `analytics:${key}`);
  const basename = `${input.table}_${m.period.from}_${m.period.to}`;
  if (input.table === 'events') {
    const col = (key: string, type: CellType = 'number') => ({ header: say(key), type });
    return {
      basename,
      sheet: {
        name: input.table,
        columns: [
          col('content.eventId', 'text'),
          col('content.title', 'text'),
          col('content.startsAt', 'text'),
          col('content.capacity'),
          col('content.registrations'),
          col('content.waiting'),
          col('content.attended'),
          col('content.attendanceRate', 'percent'),
          col('content.stories'),
          col('content.storyClicks'),
          col('content.galleryClicks'),
        ],
        rows: m.byEvent.map((e): Cell[] => [
          e.eventId,
          e.title,
          e.startsAt,
          e.capacity,
          e.registrations,
          e.waiting,
          e.attended,
          e.attendanceRate,
          e.stories,
          e.storyClicks,
          e.galleryClicks,
        ]),
      },
    };
  }
  const { stories: s, comparison: c, events: e } = m;
  const rows: [string, number | null][] = [
    ['content.submitted', s.submitted],
    ['content.approved', s.approved],
    ['content.declined', s.declined],
    ['content.medianHours', s.medianHoursToModeration],
    ['content.storyPosts', c.stories.posts],
    ['content.storyShares', c.stories.shares],
    ['content.storyClicksAll', c.stories.clicks],
    ['content.storyClicksPerShare', c.stories.clicksPerShare],
    ['content.corporatePosts', c.corporate.posts],
    ['content.corporateShares', c.corporate.shares],
    ['content.corporateClicks', c.corporate.clicks],
    ['content.corporateClicksPerShare', c.corporate.clicksPerShare],
    ['content.events', e.count],
    ['content.registrations', e.registrations],
    ['content.waiting', e.waiting],
    ['content.attended', e.attended],
    ['content.attendanceRatio', e.attendanceRate],
    ['content.stories', e.stories],
    ['content.storiesPerEvent', e.storiesPerEvent],
    ['content.storyClicks', e.storyClicks],
    ['content.galleryClicks', e.galleryClicks],
  ];
  return {
    basename,
    sheet: {
      name: input.table,
      columns: [
        { header: say('content.measure'), type: 'text' },
        { header: `${m.period.from} – ${m.period.to}`, type: 'number' },
      ],
      rows: rows.map(([k, v]) => [say(k), v]),
    },
  };
}
