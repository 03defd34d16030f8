import { z } from '@hono/zod-openapi';
import { count, rate } from './contract-fields';
import { channels } from './schema';

// What the server answers about feedback, campaigns, measures and settings (split from contract-views.ts by size).

const Group = z.object({ key: z.string(), count, average: rate });
export const FeedbackSummary = z
  .object({
    count,
    average: rate,
    byPopulation: z.array(Group),
    comments: z.array(
      z.object({ population: z.string().nullable(), usefulness: z.number().int(), suggestion: z.string(), at: z.string() }),
    ),
    changes: z.array(z.object({ note: z.string(), at: z.string() })),
  })
  .openapi('TrainingFeedbackSummary');
export type FeedbackSummaryT = z.infer<typeof FeedbackSummary>;

export const ChannelStats = z.object({
  channel: z.enum(channels),
  views: count.nullable(),
  clicks: count.nullable(),
  enrolments: count,
});
export type ChannelStatsT = z.infer<typeof ChannelStats>;

export const Campaign = z
  .object({
    channels: z.array(ChannelStats),
    links: z.object({ poster: z.string().nullable(), email: z.string().nullable() }),
    mailings: z.array(
      z.object({
        id: z.string().uuid(),
        status: z.enum(['queued', 'running', 'done', 'failed']),
        sent: count,
        failure: z.string().nullable(),
        at: z.string(),
      }),
    ),
    posters: z.array(z.object({ place: z.string().nullable(), at: z.string() })),
    advocacyPostId: z.string().uuid().nullable(),
    publicFacing: z.boolean(),
  })
  .openapi('TrainingCampaign');
export type CampaignT = z.infer<typeof Campaign>;

const RateRow = z.object({
  key: z.string(),
  eligible: count,
  enrolled: count,
  completed: count,
  enrolmentRate: rate,
  completionRate: rate,
});
export type RateRowT = z.infer<typeof RateRow>;
const EffectGroup = z.object({ people: count, enrolled: count, rate });

export const Measures = z
  .object({
    year: z.number().int(),
    headcount: count,
    currency: z.string(),
    hours: z.object({ total: z.number(), perEmployee: rate }),
    spend: z.object({ total: z.number(), perEmployee: rate }),
    benchmark: z.object({ hours: z.number(), spend: z.number(), currency: z.string(), comparable: z.boolean() }),
    rates: z.object({
      byPopulation: z.array(RateRow),
      byMotivation: z.array(RateRow),
      byDepartment: z.array(RateRow),
      byManager: z.array(RateRow),
    }),
    channels: z.array(ChannelStats),
    managerEffect: z
      .object({
        endorsed: EffectGroup,
        notEndorsed: EffectGroup,
        /** Difference of enrolment rates (endorsed − not), with its 95 % interval (Newcombe). */
        difference: z.number(),
        low: z.number(),
        high: z.number(),
      })
      .nullable(),
    feedbackByMotivation: z.array(Group),
    overdue: z.array(
      z.object({
        trainingId: z.string().uuid(),
        title: z.string(),
        personId: z.string().uuid(),
        name: z.string(),
        managerName: z.string().nullable(),
        dueDate: z.string(),
        escalatedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('TrainingMeasures');
export type MeasuresT = z.infer<typeof Measures>;

export const Settings = z
  .object({ currency: z.string(), benchmarkHours: z.number(), benchmarkSpend: z.number(), benchmarkCurrency: z.string() })
  .openapi('TrainingSettings');
export type SettingsT = z.infer<typeof Settings>;

export const LrsKeys = z
  .object({
    endpoint: z.string(),
    items: z.array(
      z.object({
        id: z.string().uuid(),
        keyId: z.string(),
        label: z.string(),
        createdAt: z.string(),
        lastUsedAt: z.string().nullable(),
        revokedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('TrainingLrsKeys');
export type LrsKeysT = z.infer<typeof LrsKeys>;
export const NewLrsKey = z
  .object({ id: z.string().uuid(), keyId: z.string(), secret: z.string(), endpoint: z.string() })
  .openapi('TrainingNewLrsKey');
export type NewLrsKeyT = z.infer<typeof NewLrsKey>;

export const completionErrorCodes = [
  'missing_email',
  'unknown_person',
  'missing_training',
  'unknown_training',
  'ambiguous_training',
  'invalid_date',
  'future_date',
  'duplicate_in_file',
] as const;
export const CompletionsImportResult = z
  .object({
    total: count,
    valid: count,
    applied: count,
    /** Rows counted once per problem: row 2 is the first line after the header. */
    errors: z.array(z.object({ row: z.number().int(), code: z.enum(completionErrorCodes), value: z.string() })),
    missingColumns: z.array(z.string()),
  })
  .openapi('TrainingCompletionsImportResult');
export type CompletionsImportResultT = z.infer<typeof CompletionsImportResult>;

export const Ok = z.object({ ok: z.literal(true) }).openapi('TrainingOk');

/** Files answered by some routes (a PDF poster, an .ics event). */
export const PdfFile = z.string().openapi({ format: 'binary' });
export const CalendarFile = z.string();
/** What an LRS answers to a POST of statements: their ids. */
export const StatementIds = z.array(z.string()).openapi('XapiStatementIds');
export const XapiAbout = z.object({ version: z.array(z.string()) }).openapi('XapiAbout');
