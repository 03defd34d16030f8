import { z } from '@hono/zod-openapi';
import { isoDateTime, isoDay, optionalText, safeString, text } from '../../platform/validation';
import { channels, enrolmentStatuses, motivations, populationKinds, trainingKinds, trainingStatuses } from './schema';

export * from './contract-reports';
export * from './contract-views';

const isHttpUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};
/** An http(s) address, or nothing. */
const link = () =>
  text(2048)
    .refine((s) => s === '' || isHttpUrl(s), { message: 'invalid_url' })
    .nullable()
    .optional();

export const IdParams = z.object({ id: z.string().uuid() });

export const PropositionInput = z
  .object({
    /** An existing proposition keeps its id (feedback and posters refer to it). */
    id: z.string().uuid().optional(),
    label: text(120, 1),
    kind: z.enum(populationKinds),
    /** Department, site, job title or job family; for new hires the days since hiring (e.g. 180). */
    value: optionalText(200),
    benefits: text(1000, 1),
    problem: text(1000, 1),
    outcome: text(1000, 1),
  })
  .openapi('TrainingPropositionInput');
export type PropositionInputT = z.infer<typeof PropositionInput>;

const trainingFields = {
  title: text(200, 1),
  description: text(5000),
  kind: z.enum(trainingKinds),
  motivation: z.enum(motivations),
  organisationalNeed: optionalText(2000),
  dueDate: isoDay().nullable().optional(),
  durationHours: z.number().positive().max(1000),
  cost: z.number().min(0).max(1_000_000),
  requiresApproval: z.boolean(),
  publicUrl: link(),
  elearningUrl: link(),
  code: optionalText(64),
  promoted: z.boolean(),
  propositions: z.array(PropositionInput).max(20),
};

export const TrainingInput = z
  .object({
    ...trainingFields,
    description: trainingFields.description.default(''),
    cost: trainingFields.cost.default(0),
    requiresApproval: trainingFields.requiresApproval.default(false),
    promoted: trainingFields.promoted.default(true),
    propositions: trainingFields.propositions.default([]),
  })
  .openapi('TrainingInput');
export type TrainingInputT = z.infer<typeof TrainingInput>;

/** An edit: only the fields sent change; `propositions`, when sent, is the whole new list. */
export const TrainingPatch = z.object(trainingFields).partial().openapi('TrainingPatch');
export type TrainingPatchT = z.infer<typeof TrainingPatch>;

const sessionFields = {
  startsAt: isoDateTime(),
  endsAt: isoDateTime(),
  place: optionalText(200),
  onlineUrl: link(),
  seats: z.number().int().min(1).max(10_000),
  trainerId: z.string().uuid().nullable().optional(),
};
export const SessionInput = z.object(sessionFields).openapi('TrainingSessionInput');
export type SessionInputT = z.infer<typeof SessionInput>;
export const SessionPatch = z.object(sessionFields).partial().openapi('TrainingSessionPatch');
export type SessionPatchT = z.infer<typeof SessionPatch>;

export const EnrolBody = z
  .object({ sessionId: z.string().uuid().nullable().optional(), channel: z.enum(channels).optional() })
  .openapi('TrainingEnrolBody');
export type EnrolBodyT = z.infer<typeof EnrolBody>;

export const FeedbackBody = z
  .object({ usefulness: z.number().int().min(1).max(5), suggestion: text(2000).default('') })
  .openapi('TrainingFeedbackBody');
export type FeedbackBodyT = z.infer<typeof FeedbackBody>;

export const EndorsementBody = z.object({ note: text(500).default('') }).openapi('TrainingEndorsementBody');
export const NudgeBody = z.object({ personId: z.string().uuid(), message: text(500, 1) }).openapi('TrainingNudgeBody');
export type NudgeBodyT = z.infer<typeof NudgeBody>;
export const CheckInBody = z
  .object({ personId: z.string().uuid(), present: z.boolean().default(true) })
  .openapi('TrainingCheckInBody');
export const ChangeBody = z.object({ note: text(1000, 1) }).openapi('TrainingChangeBody');
export const ReachBody = z
  .object({ channel: z.enum(['feed', 'email']), event: z.enum(['view', 'open']) })
  .openapi('TrainingReachBody');
export type ReachBodyT = z.infer<typeof ReachBody>;

export const PosterBody = z
  .object({ propositionId: z.string().uuid().optional(), place: text(120).optional() })
  .openapi('TrainingPosterBody');

export const MeasuresQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** An ISO 4217 code such as EUR or USD. */
const currency = () => text(3, 3).refine((s) => /^[A-Z]{3}$/.test(s), { message: 'invalid_currency' });

export const SettingsBody = z
  .object({
    currency: currency(),
    benchmarkHours: z.number().min(0).max(10_000),
    benchmarkSpend: z.number().min(0).max(100_000_000),
    benchmarkCurrency: currency(),
  })
  .openapi('TrainingSettingsBody');
export type SettingsBodyT = z.infer<typeof SettingsBody>;

export const LrsKeyBody = z.object({ label: text(120, 1) }).openapi('TrainingLrsKeyBody');

export const MAX_COMPLETIONS_CSV = 5_000_000;
export const CompletionsImportBody = z
  .object({ csv: safeString().min(1).max(MAX_COMPLETIONS_CSV), apply: z.boolean().default(false) })
  .openapi('TrainingCompletionsImportBody');
export type CompletionsImportBodyT = z.infer<typeof CompletionsImportBody>;

export const TrainingStatusSchema = z.enum(trainingStatuses);
export const EnrolmentStatusSchema = z.enum(enrolmentStatuses);

// xAPI (Experience API 1.0.3): the part of a statement Voce reads. Unknown properties are accepted and ignored.
const XapiAgent = z.object({
  objectType: z.enum(['Agent']).optional(),
  name: text(300).optional(),
  mbox: text(330).optional(),
  account: z.object({ homePage: text(2048), name: text(320, 1) }).optional(),
});
export const XapiStatementInput = z
  .object({
    id: z.string().uuid().optional(),
    actor: XapiAgent,
    verb: z.object({ id: text(2048, 1), display: z.record(text(20), text(500)).optional() }),
    object: z.object({ id: text(2048, 1), objectType: z.enum(['Activity']).optional() }),
    result: z.object({ completion: z.boolean().optional(), success: z.boolean().optional() }).optional(),
    timestamp: isoDateTime().optional(),
  })
  .openapi('XapiStatementInput');
export type XapiStatementInputT = z.infer<typeof XapiStatementInput>;
export const XapiStatementsBody = z.union([XapiStatementInput, z.array(XapiStatementInput).min(1).max(50)]);
export const XapiStatementQuery = z.object({ statementId: z.string().uuid().optional() });
