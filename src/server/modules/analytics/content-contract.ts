import { z } from '@hono/zod-openapi';

const count = z.number().int().nonnegative();
const ratio = z.number().nullable();
const Side = z.object({ posts: count, shares: count, clicks: count, clicksPerShare: ratio });

/** Issue 9's measures on the analytics page: employee stories against corporate posts, and events. */
export const ContentMeasuresSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    scope: z.enum(['org', 'team']),
    stories: z.object({
      /** Moderation steps taken in the period (a resubmission is not a new submission). */
      submitted: count,
      approved: count,
      declined: count,
      /** Median hours from (re)submission to the moderator's decision, for decisions taken in the period. */
      medianHoursToModeration: z.number().nullable(),
    }),
    /** Shares started in the period and clicks counted in it: posts made from employee stories vs all other posts. */
    comparison: z.object({ stories: Side, corporate: Side }),
    events: z.object({
      /** Published events starting in the period. */
      count,
      registrations: count,
      waiting: count,
      attended: count,
      /** Attended / confirmed, over the events already started; null when none had confirmed people. */
      attendanceRate: ratio,
      stories: count,
      storiesPerEvent: ratio,
      /** Clicks counted in the period on the posts made from these events' stories. */
      storyClicks: count,
      /** Clicks counted in the period on the tracked links to these events' public galleries. */
      galleryClicks: count,
    }),
    byEvent: z.array(
      z.object({
        eventId: z.string().uuid(),
        title: z.string(),
        startsAt: z.string(),
        capacity: count,
        registrations: count,
        waiting: count,
        attended: count,
        attendanceRate: ratio,
        stories: count,
        storyClicks: count,
        galleryClicks: count,
      }),
    ),
  })
  .openapi('ContentMeasures');
export type ContentMeasures = z.infer<typeof ContentMeasuresSchema>;
