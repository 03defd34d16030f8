import { z } from '@hono/zod-openapi';

export const EngagementQuery = z.object({ months: z.coerce.number().int().min(1).max(24).default(6) });

const rate = z.number().nullable();
const Group = z.object({
  value: z.string().nullable(),
  people: z.number().int(),
  /** Null where the group has fewer people than the anonymity threshold. */
  newsReadRate: rate,
  ackRate: rate,
  surveyParticipation: rate,
});

export const Engagement = z
  .object({
    period: z.object({ from: z.string(), to: z.string(), months: z.number().int() }),
    k: z.number().int(),
    kpis: z.object({
      newsPosts: z.number().int(),
      newsReadRate: rate,
      mustReadAckRate: rate,
      surveyParticipation: rate,
      enps: z.number().nullable(),
      suggestionsReceived: z.number().int(),
      suggestionsAnsweredShare: rate,
      daysToFirstReply: z.number().nullable(),
      suggestionsDone: z.number().int(),
      onboardingJourneys: z.number().int(),
      onboardingStepsDone: rate,
      onboardingComplete: z.number().int(),
      onboardingOverdue: z.number().int(),
      activeAmbassadors: z.number().int(),
      activeRate: rate,
      shares: z.number().int(),
      clicks: z.number().int(),
    }),
    rounds: z.array(
      z.object({
        title: z.string(),
        seq: z.number().int(),
        opensAt: z.string(),
        status: z.enum(['open', 'closed']),
        participation: rate,
        enps: z.number().nullable(),
      }),
    ),
    monthly: z.array(z.object({ month: z.string(), suggestions: z.number().int(), answered: z.number().int() })),
    byDepartment: z.array(Group),
    bySite: z.array(Group),
  })
  .openapi('Engagement');
export type EngagementT = z.infer<typeof Engagement>;
