import { z } from '@hono/zod-openapi';
import { count } from './contract-fields';
import {
  channels,
  completionSources,
  enrolmentStatuses,
  motivations,
  populationKinds,
  trainingKinds,
  trainingStatuses,
} from './schema';

// What the server answers (responses may use bare strings: they are never parsed from a client).

export const PropositionView = z
  .object({
    id: z.string().uuid(),
    label: z.string(),
    kind: z.enum(populationKinds),
    value: z.string().nullable(),
    benefits: z.string(),
    problem: z.string(),
    outcome: z.string(),
  })
  .openapi('TrainingProposition');
export type PropositionViewT = z.infer<typeof PropositionView>;

export const EndorsementView = z
  .object({ managerId: z.string().uuid(), managerName: z.string(), note: z.string(), direct: z.boolean() })
  .openapi('TrainingEndorsement');

export const SessionView = z
  .object({
    id: z.string().uuid(),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    seats: count,
    taken: count,
    waitlisted: count,
    trainerId: z.string().uuid().nullable(),
    trainerName: z.string().nullable(),
  })
  .openapi('TrainingSession');
export type SessionViewT = z.infer<typeof SessionView>;

export const MyEnrolment = z
  .object({
    id: z.string().uuid(),
    status: z.enum(enrolmentStatuses),
    sessionId: z.string().uuid().nullable(),
    completedAt: z.string().nullable(),
    /** 1 = next in line (waitlisted only). */
    waitlistPosition: z.number().int().nullable(),
    feedback: z.object({ usefulness: z.number().int(), suggestion: z.string() }).nullable(),
  })
  .openapi('TrainingMyEnrolment');
export type MyEnrolmentT = z.infer<typeof MyEnrolment>;

/** A training as one learner sees it: the value proposition of their own population and their manager's word. */
export const TrainingCard = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    kind: z.enum(trainingKinds),
    motivation: z.enum(motivations),
    durationHours: z.number(),
    dueDate: z.string().nullable(),
    overdue: z.boolean(),
    proposition: PropositionView.nullable(),
    endorsement: EndorsementView.nullable(),
    nextSessionAt: z.string().nullable(),
    enrolment: MyEnrolment.nullable(),
    nudge: z.object({ managerName: z.string(), message: z.string(), at: z.string() }).nullable(),
  })
  .openapi('TrainingCard');
export type TrainingCardT = z.infer<typeof TrainingCard>;

export const TrainingDetail = TrainingCard.extend({
  description: z.string(),
  organisationalNeed: z.string().nullable(),
  elearningUrl: z.string().nullable(),
  requiresApproval: z.boolean(),
  eligible: z.boolean(),
  sessions: z.array(SessionView),
  /** "What we changed after your feedback": afterMyFeedback when written after this learner answered. */
  changes: z.array(z.object({ note: z.string(), at: z.string(), afterMyFeedback: z.boolean() })),
}).openapi('TrainingDetail');
export type TrainingDetailT = z.infer<typeof TrainingDetail>;

export const Catalogue = z
  .object({
    items: z.array(TrainingCard),
    /** Sessions this person leads as a trainer (check-in). */
    leading: z.array(
      z.object({ sessionId: z.string().uuid(), trainingId: z.string().uuid(), title: z.string(), startsAt: z.string() }),
    ),
  })
  .openapi('TrainingCatalogue');
export type CatalogueT = z.infer<typeof Catalogue>;

export const FeedCards = z
  .object({
    promote: z.array(TrainingCard),
    feedbackDue: z.array(z.object({ trainingId: z.string().uuid(), title: z.string(), enrolmentId: z.string().uuid() })),
  })
  .openapi('TrainingFeedCards');
export type FeedCardsT = z.infer<typeof FeedCards>;

export const teamStatuses = ['not_started', 'pending', 'waitlisted', 'enrolled', 'completed', 'overdue'] as const;
export type TeamStatus = (typeof teamStatuses)[number];
const TeamCounts = z.object({
  eligible: count,
  not_started: count,
  pending: count,
  waitlisted: count,
  enrolled: count,
  completed: count,
  overdue: count,
});

export const TeamTrainingList = z
  .object({
    teamSize: count,
    items: z.array(
      z.object({
        id: z.string().uuid(),
        title: z.string(),
        motivation: z.enum(motivations),
        dueDate: z.string().nullable(),
        endorsed: z.boolean(),
        managerProposition: PropositionView.nullable(),
        counts: TeamCounts,
      }),
    ),
  })
  .openapi('TrainingTeamList');
export type TeamTrainingListT = z.infer<typeof TeamTrainingList>;

export const TeamTraining = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    motivation: z.enum(motivations),
    dueDate: z.string().nullable(),
    requiresApproval: z.boolean(),
    managerProposition: PropositionView.nullable(),
    /** The propositions the team's members read (each member sees their population's), with how many it reaches. */
    teamPropositions: z.array(z.object({ proposition: PropositionView, people: count })),
    endorsement: z.object({ note: z.string(), at: z.string() }).nullable(),
    counts: TeamCounts,
    members: z.array(
      z.object({
        personId: z.string().uuid(),
        name: z.string(),
        jobTitle: z.string().nullable(),
        direct: z.boolean(),
        status: z.enum(teamStatuses),
        population: z.string().nullable(),
        enrolmentId: z.string().uuid().nullable(),
        sessionAt: z.string().nullable(),
        /** When this person may be nudged again (null: now). */
        nudgeAvailableAt: z.string().nullable(),
        /** This manager decides their pending request (their line manager, or the nearest manager above). */
        canDecide: z.boolean(),
      }),
    ),
  })
  .openapi('TrainingTeamTraining');
export type TeamTrainingT = z.infer<typeof TeamTraining>;

export const ManagedTrainingList = z
  .object({
    items: z.array(
      z.object({
        id: z.string().uuid(),
        title: z.string(),
        kind: z.enum(trainingKinds),
        motivation: z.enum(motivations),
        status: z.enum(trainingStatuses),
        sessions: count,
        nextSessionAt: z.string().nullable(),
        enrolled: count,
        waitlisted: count,
        completed: count,
      }),
    ),
  })
  .openapi('TrainingManagedList');
export type ManagedTrainingListT = z.infer<typeof ManagedTrainingList>;

export const ManagedTraining = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(trainingKinds),
    motivation: z.enum(motivations),
    organisationalNeed: z.string().nullable(),
    dueDate: z.string().nullable(),
    durationHours: z.number(),
    cost: z.number(),
    currency: z.string(),
    requiresApproval: z.boolean(),
    publicUrl: z.string().nullable(),
    elearningUrl: z.string().nullable(),
    code: z.string().nullable(),
    promoted: z.boolean(),
    status: z.enum(trainingStatuses),
    propositions: z.array(PropositionView),
    sessions: z.array(SessionView),
    /** The xAPI activity id an LMS may use for this training (besides `code`). */
    activityId: z.string(),
    advocacyPostId: z.string().uuid().nullable(),
  })
  .openapi('TrainingManaged');
export type ManagedTrainingT = z.infer<typeof ManagedTraining>;

export const Participants = z
  .object({
    items: z.array(
      z.object({
        enrolmentId: z.string().uuid(),
        personId: z.string().uuid(),
        name: z.string(),
        department: z.string().nullable(),
        status: z.enum(enrolmentStatuses),
        sessionId: z.string().uuid().nullable(),
        completedAt: z.string().nullable(),
        completionSource: z.enum(completionSources).nullable(),
        channel: z.enum(channels).nullable(),
      }),
    ),
  })
  .openapi('TrainingParticipants');
export type ParticipantsT = z.infer<typeof Participants>;

export const Roster = z
  .object({
    session: SessionView,
    trainingId: z.string().uuid(),
    title: z.string(),
    people: z.array(
      z.object({ personId: z.string().uuid(), name: z.string(), department: z.string().nullable(), present: z.boolean() }),
    ),
  })
  .openapi('TrainingRoster');
export type RosterT = z.infer<typeof Roster>;
