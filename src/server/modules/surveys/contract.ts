import { z } from '@hono/zod-openapi';
import { isoDateTime, text } from '../../platform/validation';
import { dims } from './disclosure';
import { questionKinds, recurrences, surveyKinds, surveyStatuses } from './schema';

const isoDate = z.string().datetime({ offset: true });
export const tenureBands = ['lt1', 'y1to3', 'y3to5', 'y5to10', 'y10plus'] as const;

export const ChoiceInput = z.object({ it: text(200), en: text(200) });

export const QuestionInput = z.object({
  kind: z.enum(questionKinds),
  textIt: text(500),
  textEn: text(500),
  choices: z.array(ChoiceInput).max(20).default([]),
  required: z.boolean().default(true),
});

export const SurveyTargetingInput = z.object({
  all: z.boolean(),
  departments: z.array(text(200, 1)).max(200).default([]),
  sites: z.array(text(200, 1)).max(200).default([]),
  jobFamilies: z.array(text(200, 1)).max(200).default([]),
  /** Only people hired in the last N days (onboarding pulses). */
  newHireDays: z.number().int().min(1).max(730).nullable().default(null),
});

export const SurveyInput = z.object({
  kind: z.enum(surveyKinds).default('survey'),
  titleIt: text(200),
  titleEn: text(200),
  introIt: text(2000).default(''),
  introEn: text(2000).default(''),
  anonymous: z.boolean().default(true),
  recurrence: z.enum(recurrences).default('none'),
  targeting: SurveyTargetingInput.default({ all: true, departments: [], sites: [], jobFamilies: [], newHireDays: null }),
  remindAfterDays: z.number().int().min(1).max(60).nullable().default(null),
  closesAt: isoDateTime().nullable().default(null),
  questions: z.array(QuestionInput).min(1).max(40),
});
export type SurveyInputT = z.infer<typeof SurveyInput>;

export const SurveyParams = z.object({ id: z.string().uuid() });

export const Question = z.object({
  id: z.string().uuid(),
  kind: z.enum(questionKinds),
  textIt: z.string(),
  textEn: z.string(),
  choices: z.array(z.object({ it: z.string(), en: z.string() })),
  required: z.boolean(),
});

export const Round = z.object({
  id: z.string().uuid(),
  seq: z.number().int(),
  opensAt: isoDate,
  closesAt: isoDate,
  status: z.enum(['open', 'closed']),
  audienceSize: z.number().int(),
  /** How many have answered (a count, never who). */
  responses: z.number().int(),
});

export const Survey = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(surveyKinds),
    titleIt: z.string(),
    titleEn: z.string(),
    introIt: z.string(),
    introEn: z.string(),
    anonymous: z.boolean(),
    recurrence: z.enum(recurrences),
    status: z.enum(surveyStatuses),
    targeting: z.object({
      all: z.boolean(),
      departments: z.array(z.string()),
      sites: z.array(z.string()),
      jobFamilies: z.array(z.string()),
      newHireDays: z.number().int().nullable(),
    }),
    remindAfterDays: z.number().int().nullable(),
    closesAt: isoDate.nullable(),
    publishedAt: isoDate.nullable(),
    questions: z.array(Question),
    rounds: z.array(Round),
  })
  .openapi('Survey');
export type SurveyT = z.infer<typeof Survey>;

export const SurveySummary = z.object({
  id: z.string().uuid(),
  kind: z.enum(surveyKinds),
  title: z.string(),
  anonymous: z.boolean(),
  recurrence: z.enum(recurrences),
  status: z.enum(surveyStatuses),
  publishedAt: isoDate.nullable(),
  currentRound: Round.nullable(),
});
export const SurveyList = z.object({ items: z.array(SurveySummary) }).openapi('SurveyList');
export type SurveyListT = z.infer<typeof SurveyList>;

/** A survey the signed-in person may answer now, in their language (falling back to the other). */
export const OpenSurvey = z
  .object({
    id: z.string().uuid(),
    roundId: z.string().uuid(),
    kind: z.enum(surveyKinds),
    title: z.string(),
    intro: z.string(),
    anonymous: z.boolean(),
    closesAt: isoDate,
    answered: z.boolean(),
    questions: z.array(
      z.object({
        id: z.string().uuid(),
        kind: z.enum(questionKinds),
        text: z.string(),
        choices: z.array(z.string()),
        required: z.boolean(),
      }),
    ),
  })
  .openapi('OpenSurvey');
export type OpenSurveyT = z.infer<typeof OpenSurvey>;
export const OpenSurveyList = z.object({ items: z.array(OpenSurvey) }).openapi('OpenSurveyList');

export const AnswerInput = z.object({
  questionId: z.string().uuid(),
  value: z.number().int().min(0).max(10).nullable().optional(),
  choices: z.array(z.number().int().min(0).max(19)).max(20).nullable().optional(),
  text: text(2000).nullable().optional(),
});
export const ResponseBody = z.object({ roundId: z.string().uuid(), answers: z.array(AnswerInput).max(40) });
export type ResponseBodyT = z.infer<typeof ResponseBody>;
export const ResponseAccepted = z.object({ ok: z.literal(true), anonymous: z.boolean() }).openapi('ResponseAccepted');

export const ResultsQuery = z.object({
  round: z.string().uuid().optional(),
  department: text(200, 1).optional(),
  site: text(200, 1).optional(),
  jobFamily: text(200, 1).optional(),
  tenure: z.enum(tenureBands).optional(),
  breakdown: z.enum(dims).optional(),
  /** team: the manager's own team (the only scope a manager has). */
  scope: z.enum(['org', 'team']).default('org'),
});
export type ResultsQueryT = z.infer<typeof ResultsQuery>;

export const QuestionResult = z.object({
  id: z.string().uuid(),
  kind: z.enum(questionKinds),
  text: z.string(),
  choices: z.array(z.string()),
  /** People who answered this question. */
  n: z.number().int(),
  /** eNPS: 11 counts (0–10); scale: 5 counts (1–5); choices: one count per choice; text: empty. */
  counts: z.array(z.number().int()),
  mean: z.number().nullable(),
  enps: z.number().nullable(),
  texts: z.array(z.string()),
});

export const GroupResult = z.object({
  value: z.string().nullable(),
  shown: z.boolean(),
  n: z.number().int().nullable(),
  /** Per question id: eNPS or mean, when the group is shown. */
  scores: z.record(z.string(), z.number().nullable()),
});

export const SurveyResults = z
  .object({
    survey: z.object({ id: z.string().uuid(), title: z.string(), anonymous: z.boolean(), kind: z.enum(surveyKinds) }),
    k: z.number().int(),
    rounds: z.array(Round),
    round: Round.nullable(),
    /** shown; open: an anonymous round shows results once it closes; too_few: under k, or recoverable from others. */
    status: z.enum(['shown', 'open', 'too_few', 'no_round']),
    n: z.number().int().nullable(),
    questions: z.array(QuestionResult),
    breakdown: z.object({ dim: z.enum(dims), groups: z.array(GroupResult) }).nullable(),
    trend: z.array(
      z.object({ roundId: z.string().uuid(), seq: z.number().int(), opensAt: isoDate, enps: z.number().nullable() }),
    ),
  })
  .openapi('SurveyResults');
export type SurveyResultsT = z.infer<typeof SurveyResults>;
