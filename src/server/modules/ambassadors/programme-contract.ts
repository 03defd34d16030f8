import { z } from '@hono/zod-openapi';
import { isoDayBetween, REPORT_MAX_DAY, REPORT_MIN_DAY, text } from '../../platform/validation';

/** Term days stay within sane years: a term added to 9999-12-31 has no calendar day. */
export const termDay = () => isoDayBetween(REPORT_MIN_DAY, REPORT_MAX_DAY);

export const applicationStatuses = [
  'nominated',
  'nomination_declined',
  'pending',
  'waitlisted',
  'accepted',
  'declined',
  'invited',
  'withdrawn',
] as const;
export type ApplicationStatusT = (typeof applicationStatuses)[number];
export const memberStatuses = ['active', 'suspended', 'alumni', 'left'] as const;
export type MemberStatusT = (typeof memberStatuses)[number];
export const cohortStatuses = ['planned', 'current', 'ended'] as const;
export type CohortStatusT = (typeof cohortStatuses)[number];
export const guidelineStatuses = ['draft', 'consultation', 'published'] as const;
export type GuidelineStatusT = (typeof guidelineStatuses)[number];
export const programmeNetworks = ['linkedin', 'x', 'facebook', 'instagram', 'whatsapp', 'telegram', 'other'] as const;

const id = z.string().uuid();
const label = text(200, 1);
const names = z.array(text(200, 1)).max(200);

// ——— Programme ———

export const EligibilityFields = z.object({
  minTenureMonths: z.number().int().min(0).max(600).optional(),
  departments: names.optional(),
  sites: names.optional(),
  jobFamilies: names.optional(),
  languages: z
    .array(z.enum(['it', 'en']))
    .max(2)
    .optional(),
});
export type EligibilityT = z.infer<typeof EligibilityFields>;

export const RubricItemFields = z.object({ key: text(40, 1), labelIt: label, labelEn: label });
export type RubricItemT = z.infer<typeof RubricItemFields>;

export const QuizOptionFields = z.object({ textIt: text(300, 1), textEn: text(300, 1), correct: z.boolean() });
export const QuizQuestionFields = z.object({
  textIt: text(500, 1),
  textEn: text(500, 1),
  options: z.array(QuizOptionFields).min(2).max(6),
});
/** passMark: the share of right answers needed, in percent. */
export const QuizFields = z.object({
  passMark: z.number().int().min(1).max(100),
  questions: z.array(QuizQuestionFields).min(1).max(30),
});
export type QuizT = z.infer<typeof QuizFields>;

const programmeFields = {
  name: text(120, 1),
  purposeIt: text(4000),
  purposeEn: text(4000),
  expectationsIt: text(4000),
  expectationsEn: text(4000),
  eligibility: EligibilityFields,
  seats: z.number().int().min(1).max(10000),
  termMonths: z.number().int().min(1).max(36),
  rubric: z.array(RubricItemFields).max(10),
  quiz: QuizFields.nullable(),
  valangaThreshold: z.number().min(0.01).max(1),
  open: z.boolean(),
};

/** A new programme; its first cohort starts on firstTermStartsOn (today when absent). */
export const ProgrammeInput = z
  .object({
    ...programmeFields,
    purposeIt: programmeFields.purposeIt.default(''),
    purposeEn: programmeFields.purposeEn.default(''),
    expectationsIt: programmeFields.expectationsIt.default(''),
    expectationsEn: programmeFields.expectationsEn.default(''),
    eligibility: programmeFields.eligibility.default({}),
    rubric: programmeFields.rubric.default([]),
    quiz: programmeFields.quiz.default(null),
    valangaThreshold: programmeFields.valangaThreshold.default(0.15),
    open: programmeFields.open.default(true),
    firstTermStartsOn: termDay().optional(),
  })
  .openapi('ProgrammeInput');
export type ProgrammeInputT = z.infer<typeof ProgrammeInput>;
export const ProgrammePatch = z.object(programmeFields).partial().openapi('ProgrammePatch');
export type ProgrammePatchT = z.infer<typeof ProgrammePatch>;

export const ProgrammeParams = z.object({ id });
export const IdParams = ProgrammeParams;
export const ItemParams = z.object({ id, itemId: id });

export const Programme = z
  .object({
    id,
    name: z.string(),
    purposeIt: z.string(),
    purposeEn: z.string(),
    expectationsIt: z.string(),
    expectationsEn: z.string(),
    eligibility: EligibilityFields,
    seats: z.number().int(),
    termMonths: z.number().int(),
    rubric: z.array(RubricItemFields),
    quiz: QuizFields.nullable(),
    valangaThreshold: z.number(),
    open: z.boolean(),
    activeMembers: z.number().int(),
    pendingCandidates: z.number().int(),
    currentCohort: z.object({ id, name: z.string(), startsOn: z.string(), endsOn: z.string() }).nullable(),
  })
  .openapi('Programme');
export type ProgrammeT = z.infer<typeof Programme>;
export const ProgrammeList = z.object({ items: z.array(Programme) }).openapi('ProgrammeList');

// ——— Entry: applications and nominations ———

export const ApplyBody = z.object({
  motivation: text(2000, 1),
  networks: z.array(z.enum(programmeNetworks)).max(programmeNetworks.length).default([]),
  audienceSize: z.number().int().min(0).max(100_000_000).nullable().optional(),
  availability: text(500).default(''),
});
export type ApplyBodyT = z.infer<typeof ApplyBody>;

export const ApplicationRef = z.object({ id, created: z.boolean() }).openapi('ApplicationRef');

export const NominateBody = z.object({ personId: id, reason: text(1000, 1) });
export type NominateBodyT = z.infer<typeof NominateBody>;

/** The nominee's answer: only a yes with their own words makes them a candidate. */
export const NominationAnswerBody = z.object({
  accept: z.boolean(),
  motivation: text(2000).default(''),
  networks: ApplyBody.shape.networks,
  availability: text(500).default(''),
});
export type NominationAnswerBodyT = z.infer<typeof NominationAnswerBody>;

export const decisions = ['accept', 'waitlist', 'decline'] as const;
export const DecisionBody = z.object({
  /** The state the reviewer saw: the decision applies only if nobody decided meanwhile. */
  from: z.enum(['pending', 'waitlisted']).default('pending'),
  decision: z.enum(decisions),
  reason: text(1000, 1),
  scores: z.record(text(40, 1), z.number().int().min(1).max(5)).default({}),
});
export type DecisionBodyT = z.infer<typeof DecisionBody>;

export const Checks = z.object({
  tenureMonths: z.number().int().nullable(),
  tenureOk: z.boolean(),
  departmentOk: z.boolean(),
  siteOk: z.boolean(),
  familyOk: z.boolean(),
  languageOk: z.boolean(),
  eligible: z.boolean(),
  /** Past suspensions in any programme (guideline breaches). */
  breaches: z.number().int(),
  readiness: z.object({ guidelines: z.boolean(), quiz: z.boolean(), profile: z.boolean() }),
});

export const Candidate = z
  .object({
    id,
    person: z.object({
      id,
      name: z.string(),
      department: z.string().nullable(),
      site: z.string().nullable(),
      jobFamily: z.string().nullable(),
    }),
    source: z.enum(['applied', 'nominated']),
    status: z.enum(applicationStatuses),
    motivation: z.string(),
    networks: z.array(z.string()),
    audienceSize: z.number().int().nullable(),
    availability: z.string(),
    nominatedBy: z.string().nullable(),
    nominationReason: z.string().nullable(),
    scores: z.record(z.string(), z.number()),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
    checks: Checks,
  })
  .openapi('Candidate');
export type CandidateT = z.infer<typeof Candidate>;
export const CandidateFilters = z.object({ status: z.enum(applicationStatuses).optional() });
export const CandidateList = z.object({ items: z.array(Candidate) }).openapi('CandidateList');
export type CandidateListT = z.infer<typeof CandidateList>;

// ——— Guidelines ———

export const GuidelineDraftBody = z.object({ bodyIt: text(50_000, 1), bodyEn: text(50_000, 1) });
export type GuidelineDraftBodyT = z.infer<typeof GuidelineDraftBody>;
export const PublishBody = z.object({ kind: z.enum(['major', 'minor']) });
export const CommentBody = z.object({ body: text(2000, 1) });

export const GuidelineVersion = z
  .object({
    id,
    status: z.enum(guidelineStatuses),
    version: z.string().nullable(),
    bodyIt: z.string(),
    bodyEn: z.string(),
    htmlIt: z.string(),
    htmlEn: z.string(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    acceptances: z.number().int(),
    comments: z.array(z.object({ id, author: z.string(), body: z.string(), createdAt: z.string() })),
  })
  .openapi('GuidelineVersion');
export type GuidelineVersionT = z.infer<typeof GuidelineVersion>;
export const GuidelineList = z.object({ items: z.array(GuidelineVersion) }).openapi('GuidelineList');

// ——— Readiness and quiz ———

export const QuizAnswersBody = z.object({ answers: z.array(z.number().int().min(0).max(5)).max(30) });
export type QuizAnswersBodyT = z.infer<typeof QuizAnswersBody>;
export const QuizResult = z.object({
  score: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  passMark: z.number().int(),
});
export type QuizResultT = z.infer<typeof QuizResult>;

export const Readiness = z.object({
  guidelines: z.boolean(),
  quiz: z.boolean(),
  profile: z.boolean(),
  ready: z.boolean(),
});
export type ReadinessT = z.infer<typeof Readiness>;

/** One programme as the employee sees it: their way in, membership, readiness, what they must do. */
export const MyProgramme = z.object({
  id,
  name: z.string(),
  purpose: z.string(),
  expectations: z.string(),
  open: z.boolean(),
  eligible: z.boolean(),
  application: z
    .object({
      id,
      status: z.enum(applicationStatuses),
      source: z.enum(['applied', 'nominated']),
      nominatedBy: z.string().nullable(),
      nominationReason: z.string().nullable(),
      decisionReason: z.string().nullable(),
      decidedAt: z.string().nullable(),
      invitedCohort: z.string().nullable(),
    })
    .nullable(),
  member: z
    .object({
      id,
      status: z.enum(memberStatuses),
      cohort: z.string(),
      termEndsOn: z.string(),
      suspendedReason: z.string().nullable(),
      readiness: Readiness,
    })
    .nullable(),
  guidelines: z
    .object({ versionId: id, version: z.string(), html: z.string(), accepted: z.boolean(), mustAccept: z.boolean() })
    .nullable(),
  consultation: z.object({ versionId: id, html: z.string() }).nullable(),
  quiz: z
    .object({
      passMark: z.number().int(),
      questions: z.array(z.object({ text: z.string(), options: z.array(z.string()) })),
    })
    .nullable(),
});
export type MyProgrammeT = z.infer<typeof MyProgramme>;
export const MyProgrammes = z.object({ items: z.array(MyProgramme) }).openapi('MyProgrammes');
export type MyProgrammesT = z.infer<typeof MyProgrammes>;
