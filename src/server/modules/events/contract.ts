import { z } from '@hono/zod-openapi';
import { isoDay, isRealDay, text, timeZoneName } from '../../platform/validation';
import { eventStatuses, eventTypes, registrationStatuses, swapStatuses, targetKinds } from './schema';

export const IdParams = z.object({ id: z.string().uuid() });

/** A wall-clock date-time without offset ("2027-03-28T10:00"), read in the event's time zone. */
const localDateTime = () =>
  text(16)
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) && isRealDay(s.slice(0, 10)) && +s.slice(11, 13) < 24 && +s.slice(14) < 60,
      {
        message: 'invalid_date',
      },
    )
    .openapi({ example: '2027-03-28T10:00' });

export const EventTargetInput = z.object({ kind: z.enum(targetKinds), value: text(200, 1) }).openapi('EventTargetInput');

export const EventInput = z
  .object({
    type: z.enum(eventTypes),
    titleIt: text(200, 1),
    titleEn: text(200, 1),
    descriptionIt: text(5000).default(''),
    descriptionEn: text(5000).default(''),
    startsAt: localDateTime(),
    endsAt: localDateTime(),
    /** Omitted: the organisation's time zone (settings). */
    timeZone: timeZoneName().optional(),
    site: text(200).nullable().optional(),
    address: text(500).nullable().optional(),
    capacity: z.number().int().min(1).max(100_000),
    registrationOpensAt: localDateTime().nullable().optional(),
    registrationClosesAt: localDateTime().nullable().optional(),
    targetAll: z.boolean().default(true),
    targets: z.array(EventTargetInput).max(200).default([]),
    status: z.enum(['draft', 'published']).default('published'),
  })
  .openapi('EventInput');
export type EventInputT = z.infer<typeof EventInput>;

export const EventStatusBody = z.object({ status: z.enum(eventStatuses) }).openapi('EventStatusBody');
export const CheckInBody = z.object({ code: text(64, 1) }).openapi('EventCheckInBody');
export const SwapProposalInput = z
  .object({ partnerId: z.string().uuid(), day: isoDay(), note: text(1000).default('') })
  .openapi('SwapProposalInput');
export type SwapProposalInputT = z.infer<typeof SwapProposalInput>;
export const SwapDecisionBody = z.object({ approve: z.boolean() }).openapi('SwapDecisionBody');

export const MyRegistration = z
  .object({
    id: z.string(),
    status: z.enum(registrationStatuses),
    /** 1 = next to be promoted; null unless waiting. */
    waitingPosition: z.number().nullable(),
    checkinCode: z.string().nullable(),
    /** The personal QR code (PNG data URL) of a confirmed registration. */
    qrDataUrl: z.string().nullable(),
    checkedInAt: z.string().nullable(),
  })
  .openapi('MyEventRegistration');
export type MyRegistrationT = z.infer<typeof MyRegistration>;

export const EventView = z
  .object({
    id: z.string(),
    type: z.enum(eventTypes),
    status: z.enum(eventStatuses),
    titleIt: z.string(),
    titleEn: z.string(),
    descriptionIt: z.string(),
    descriptionEn: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    /** The wall-clock times as entered, in `timeZone`. */
    startsAtLocal: z.string(),
    endsAtLocal: z.string(),
    timeZone: z.string(),
    site: z.string().nullable(),
    address: z.string().nullable(),
    capacity: z.number(),
    confirmed: z.number(),
    waiting: z.number(),
    registrationOpensAt: z.string().nullable(),
    registrationClosesAt: z.string().nullable(),
    registrationOpen: z.boolean(),
    targetAll: z.boolean(),
    targets: z.array(z.object({ kind: z.enum(targetKinds), value: z.string() })),
    mine: MyRegistration.nullable(),
  })
  .openapi('EventView');
export type EventViewT = z.infer<typeof EventView>;
export const EventList = z.object({ events: z.array(EventView) }).openapi('EventList');

export const RegistrationRow = z
  .object({
    id: z.string(),
    personId: z.string(),
    name: z.string(),
    department: z.string().nullable(),
    status: z.enum(registrationStatuses),
    waitingPosition: z.number().nullable(),
    checkedInAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('EventRegistrationRow');
export const RegistrationList = z.object({ registrations: z.array(RegistrationRow) }).openapi('EventRegistrationList');
export type RegistrationRowT = z.infer<typeof RegistrationRow>;

export const CheckInResult = z
  .object({ registrationId: z.string(), name: z.string(), alreadyCheckedIn: z.boolean(), checkedInAt: z.string() })
  .openapi('EventCheckInResult');
export type CheckInResultT = z.infer<typeof CheckInResult>;

export const SwapView = z
  .object({
    id: z.string(),
    status: z.enum(swapStatuses),
    day: z.string(),
    note: z.string(),
    proposer: z.object({ id: z.string(), name: z.string(), department: z.string().nullable() }),
    partner: z.object({ id: z.string(), name: z.string(), department: z.string().nullable() }),
    proposerApproved: z.boolean(),
    partnerApproved: z.boolean(),
    /** What the caller may do: approve as the proposer's or the partner's manager. */
    canDecide: z.boolean(),
    eventId: z.string().nullable(),
  })
  .openapi('EventSwapView');
export type SwapViewT = z.infer<typeof SwapView>;
export const SwapList = z.object({ swaps: z.array(SwapView) }).openapi('EventSwapList');

export const EventMeasure = z
  .object({
    eventId: z.string(),
    title: z.string(),
    startsAt: z.string(),
    capacity: z.number(),
    registrations: z.number(),
    waiting: z.number(),
    attended: z.number(),
    /** attended / confirmed, null before anyone could attend. */
    attendanceRate: z.number().nullable(),
    stories: z.number(),
    /** Clicks on the tracked links of the posts those stories became. */
    storyClicks: z.number(),
  })
  .openapi('EventMeasure');
export const EventMeasures = z.object({ events: z.array(EventMeasure) }).openapi('EventMeasures');
export type EventMeasureT = z.infer<typeof EventMeasure>;

export const CalendarFile = z.string();
export const EventListQuery = z.object({ scope: z.enum(['all', 'upcoming']).default('all') }).openapi('EventListQuery');
export const StoryCard = z
  .object({
    id: z.string(),
    authorName: z.string(),
    body: z.string(),
    photoUrls: z.array(z.string()),
    postId: z.string().nullable(),
  })
  .openapi('EventStoryCard');
export const EventGallery = z.object({ stories: z.array(StoryCard) }).openapi('EventGallery');

export const ColleagueQuery = z.object({ q: text(100, 2) }).openapi('EventColleagueQuery');
export const ColleagueList = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), department: z.string().nullable() })) })
  .openapi('EventColleagueList');
export const ShareLink = z.object({ url: z.string() }).openapi('EventShareLink');
