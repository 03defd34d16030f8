import { z } from '@hono/zod-openapi';

/** The Brand Experience Journey: the steps of the circle, from a job page view to the new hire's own first share. */
export const journeySteps = ['views', 'applied', 'interview', 'offer', 'hired', 'onboarded', 'advocates'] as const;
export type JourneyStepT = (typeof journeySteps)[number];

export const JourneyFilters = z.object({
  months: z.coerce.number().int().min(1).max(24).default(12),
});
export type JourneyFiltersT = z.infer<typeof JourneyFilters>;

const Step = z.object({
  step: z.enum(journeySteps),
  count: z.number(),
  /** Share of the previous step (of the hires, for advocates) that reached this one (0–1), null when that is empty. */
  conversion: z.number().nullable(),
});
const Steps = z.array(Step);

export const Journey = z
  .object({
    from: z.string(),
    to: z.string(),
    steps: Steps,
    /** Attraction by source: views, and for employee shares the shares made and the tracked-link clicks they brought. */
    bySource: z.array(
      z.object({
        source: z.enum(['share', 'referral', 'careers', 'other']),
        shares: z.number(),
        clicks: z.number(),
        views: z.number(),
        applied: z.number(),
        hired: z.number(),
      }),
    ),
    byFamily: z.array(z.object({ family: z.string(), steps: Steps })),
    byMonth: z.array(z.object({ month: z.string(), steps: Steps })),
    /** Employees at the origin of candidates: their job shares, the clicks and candidates those brought. */
    origins: z.array(
      z.object({ name: z.string(), shares: z.number(), clicks: z.number(), applied: z.number(), hired: z.number() }),
    ),
    /** Each hire of the period and how far they closed the circle. */
    hires: z.array(
      z.object({
        applicationId: z.string().uuid().nullable(),
        name: z.string(),
        job: z.string(),
        family: z.string(),
        month: z.string(),
        source: z.enum(['share', 'referral', 'careers', 'other']),
        origin: z.string().nullable(),
        personId: z.string().uuid().nullable(),
        onboarding: z.object({ done: z.number(), total: z.number() }).nullable(),
        firstShareAt: z.string().nullable(),
        firstShareClicks: z.number(),
      }),
    ),
  })
  .openapi('RecruitingJourney');
export type JourneyT = z.infer<typeof Journey>;

export const HirePersonBody = z.object({ personId: z.string().uuid().nullable() }).openapi('RecruitingHirePerson');
