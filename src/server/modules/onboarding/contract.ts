import { z } from '@hono/zod-openapi';
import { text } from '../../platform/validation';
import { stepKinds } from './schema';

export const StepInput = z.object({
  offsetDays: z.number().int().min(-60).max(365),
  kind: z.enum(stepKinds),
  titleIt: text(200),
  titleEn: text(200),
  refId: z.string().uuid().nullable().default(null),
});
export const TemplateInput = z.object({
  name: text(120, 1),
  nameEn: text(120).default(''),
  departments: z.array(text(200, 1)).max(100).default([]),
  sites: z.array(text(200, 1)).max(100).default([]),
  locale: z.enum(['it', 'en']).nullable().default(null),
  active: z.boolean().default(true),
  steps: z.array(StepInput).min(1).max(50),
});
export type TemplateInputT = z.infer<typeof TemplateInput>;
export const TemplateParams = z.object({ id: z.string().uuid() });
export const ActiveBody = z.object({ active: z.boolean() });
export const StepParams = z.object({ stepId: z.string().uuid() });

export const Template = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    nameEn: z.string(),
    departments: z.array(z.string()),
    sites: z.array(z.string()),
    locale: z.enum(['it', 'en']).nullable(),
    active: z.boolean(),
    version: z.number().int(),
    /** Journeys following this template (any version): editing its steps applies to new hires only. */
    journeys: z.number().int(),
    steps: z.array(StepInput.extend({ id: z.string().uuid(), refId: z.string().uuid().nullable() })),
  })
  .openapi('OnboardingTemplate');
export const TemplateList = z.object({ items: z.array(Template) }).openapi('OnboardingTemplateList');
export type TemplateT = z.infer<typeof Template>;

const Target = z.object({ id: z.string().uuid(), title: z.string() });
/** What a step may point at, for the editor's pickers: posts (must-reads apart), surveys, training courses. */
export const StepTargets = z
  .object({ posts: z.array(Target), mustReads: z.array(Target), surveys: z.array(Target), trainings: z.array(Target) })
  .openapi('OnboardingStepTargets');
export type StepTargetsT = z.infer<typeof StepTargets>;

export const StepState = z.object({
  id: z.string().uuid(),
  kind: z.enum(stepKinds),
  title: z.string(),
  dueOn: z.string(),
  state: z.enum(['done', 'due', 'overdue', 'upcoming']),
  /** Where the step happens in the app (a post, a survey, the feed), when it has a place. */
  link: z.string().nullable(),
  manual: z.boolean(),
});
export const MyJourney = z
  .object({
    journey: z
      .object({ id: z.string().uuid(), startOn: z.string(), buddyName: z.string().nullable(), steps: z.array(StepState) })
      .nullable(),
  })
  .openapi('MyOnboardingJourney');
export type MyJourneyT = z.infer<typeof MyJourney>;

export const JourneyRow = z.object({
  id: z.string().uuid(),
  personName: z.string(),
  department: z.string().nullable(),
  startOn: z.string(),
  buddyName: z.string().nullable(),
  done: z.number().int(),
  total: z.number().int(),
  overdue: z.number().int(),
});
export const JourneyList = z.object({ items: z.array(JourneyRow) }).openapi('OnboardingJourneyList');
