import { z } from '@hono/zod-openapi';
import { text } from '../../platform/validation';
import { Candidate, memberStatuses, Readiness, termDay } from './programme-contract';

const id = z.string().uuid();

// ——— Members, cohorts, rotation ———

export const CohortInput = z.object({ name: text(120, 1), startsOn: termDay(), endsOn: termDay() });
export type CohortInputT = z.infer<typeof CohortInput>;
export const SuspendBody = z.object({ reason: text(1000, 1) });
export const LeavingBody = z.object({ leavingOn: termDay().nullable() });

export const Member = z
  .object({
    id,
    person: Candidate.shape.person,
    status: z.enum(memberStatuses),
    cohort: z.string(),
    termEndsOn: z.string(),
    suspendedReason: z.string().nullable(),
    leavingOn: z.string().nullable(),
    readiness: Readiness,
  })
  .openapi('Member');
export type MemberT = z.infer<typeof Member>;
export const MemberFilters = z.object({ status: z.enum(memberStatuses).optional() });
export const MemberList = z.object({ items: z.array(Member) }).openapi('MemberList');
export type MemberListT = z.infer<typeof MemberList>;

export const reasonCodes = [
  'first_family',
  'first_site',
  'first_department',
  'best_score',
  'recent_member',
  'high_clicks',
  'waitlisted',
] as const;
export type ReasonCodeT = (typeof reasonCodes)[number];
export const Proposal = z.object({
  applicationId: id,
  person: Candidate.shape.person,
  reasons: z.array(z.object({ code: z.enum(reasonCodes), value: z.string().nullable() })),
});
export type ProposalT = z.infer<typeof Proposal>;
/** Per family (site, department): eligible people, candidates waiting, voices now, voices with the proposal. */
const Coverage = z.array(
  z.object({
    name: z.string(),
    eligible: z.number().int(),
    candidates: z.number().int(),
    before: z.number().int(),
    after: z.number().int(),
  }),
);
export const Plan = z
  .object({
    seats: z.number().int(),
    candidates: z.number().int(),
    proposals: z.array(Proposal),
    coverage: z.object({ families: Coverage, sites: Coverage, departments: Coverage }),
  })
  .openapi('RotationPlan');
export type PlanT = z.infer<typeof Plan>;
export const PlanQuery = z.object({ seats: z.coerce.number().int().min(1).max(10000).optional() });
export const ConfirmPlanBody = CohortInput.extend({ applicationIds: z.array(id).min(1).max(10000) });
export type ConfirmPlanBodyT = z.infer<typeof ConfirmPlanBody>;
export const InvitationAnswerBody = z.object({ accept: z.boolean() });

// ——— Recognition ———

export const PointsTableFields = z.object({
  share: z.number().int().min(0).max(1000),
  personalised: z.number().int().min(0).max(1000),
  click: z.number().int().min(0).max(1000),
  clickCapPerShareDay: z.number().int().min(0).max(1000),
  quiz: z.number().int().min(0).max(1000),
});
export type PointsTableT = z.infer<typeof PointsTableFields>;
export const RecognitionPatch = z.object({
  enabled: z.boolean().optional(),
  table: PointsTableFields.optional(),
  executiveBoard: z.boolean().optional(),
});
export type RecognitionPatchT = z.infer<typeof RecognitionPatch>;
export const RecognitionSettings = z
  .object({
    enabled: z.boolean(),
    enabledAt: z.string().nullable(),
    table: PointsTableFields,
    executiveBoard: z.boolean(),
    computedUntil: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .openapi('RecognitionSettings');
export type RecognitionSettingsT = z.infer<typeof RecognitionSettings>;

export const boardDimensions = ['all', 'department', 'site', 'jobFamily', 'cohort'] as const;
export const BoardQuery = z.object({
  dimension: z.enum(boardDimensions).default('all'),
  period: z.enum(['month', 'term']).default('month'),
  executives: z.enum(['true', 'false']).default('false'),
});
export type BoardQueryT = z.infer<typeof BoardQuery>;
export const Board = z
  .object({
    enabled: z.boolean(),
    optedOut: z.boolean(),
    averagePerActive: z.number(),
    groups: z.array(
      z.object({
        name: z.string(),
        rows: z.array(z.object({ personId: id, name: z.string(), points: z.number().int(), me: z.boolean() })),
      }),
    ),
    me: z.object({ points: z.number().int(), badges: z.array(z.string()) }),
  })
  .openapi('Board');
export type BoardT = z.infer<typeof Board>;

// ——— Risks and dashboard ———

export const ValangaAlert = z.object({
  id,
  person: z.string(),
  trigger: z.enum(['deactivated', 'leaving']),
  clickShare: z.number(),
  affected: z.object({ clicks: z.number().int(), shares: z.number().int(), posts: z.number().int() }),
  suggestions: z.array(z.object({ personId: id, name: z.string() })),
  createdAt: z.string(),
  acknowledged: z.boolean(),
});
export const AlertList = z.object({ items: z.array(ValangaAlert) }).openapi('ValangaAlertList');
export type AlertListT = z.infer<typeof AlertList>;

const Slice = z.object({ name: z.string(), members: z.number().int(), eligible: z.number().int() });
export const Dashboard = z
  .object({
    applications: z.record(z.string(), z.number().int()),
    acceptanceRate: z.number().nullable(),
    activeMembers: z.number().int(),
    readyMembers: z.number().int(),
    coverage: z.object({ families: z.array(Slice), sites: z.array(Slice) }),
    retention: z.array(z.object({ cohort: z.string(), members: z.number().int(), stillSharing: z.number().int() })),
    activity: z.object({ shares30: z.number().int(), clicks30: z.number().int(), sharingMembers30: z.number().int() }),
    concentration: z.object({
      topMemberShare: z.number().nullable(),
      trend: z.array(z.object({ until: z.string(), topMemberShare: z.number().nullable() })),
    }),
    team: z.boolean(),
  })
  .openapi('ProgrammeDashboard');
export type DashboardT = z.infer<typeof Dashboard>;

export const Ok = z.object({ ok: z.boolean() });
