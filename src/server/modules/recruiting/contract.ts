import { z } from '@hono/zod-openapi';
import { email, isoDay, optionalText, safeString, text } from '../../platform/validation';
import { contractTypes, jobStatuses, pointKinds, sources, stages } from './schema';

const isoDate = z.string().datetime({ offset: true });
const photoKey = safeString().regex(/^[0-9a-f-]{36}\.webp$/);

export const JobFields = z.object({
  titleIt: text(200, 1),
  titleEn: text(200, 1),
  department: text(200, 1),
  site: text(200, 1),
  locality: text(200, 1),
  country: safeString()
    .regex(/^[A-Z]{2}$/)
    .default('IT'),
  contractType: z.enum(contractTypes),
  /** Rich text (HTML from the editor): sanitised by the server. */
  descriptionIt: text(20000, 1),
  descriptionEn: text(20000, 1),
  requirementsIt: text(20000),
  requirementsEn: text(20000),
  salaryMin: z.number().int().min(0).max(10_000_000).nullable().default(null),
  salaryMax: z.number().int().min(0).max(10_000_000).nullable().default(null),
  closesOn: isoDay(),
  faq: z
    .array(z.object({ question: text(300, 1), answer: text(2000, 1) }))
    .max(20)
    .default([]),
  managerMessage: optionalText(3000),
  photos: z.array(photoKey).max(8).default([]),
});
export type JobFieldsT = z.infer<typeof JobFields>;
export const JobParams = z.object({ id: z.string().uuid() });
export const JobStatusBody = z.object({ status: z.enum(jobStatuses) });

export const Job = z
  .object({
    id: z.string().uuid(),
    status: z.enum(jobStatuses),
    titleIt: z.string(),
    titleEn: z.string(),
    department: z.string(),
    site: z.string(),
    locality: z.string(),
    country: z.string(),
    contractType: z.enum(contractTypes),
    descriptionIt: z.string(),
    descriptionEn: z.string(),
    requirementsIt: z.string(),
    requirementsEn: z.string(),
    salaryMin: z.number().nullable(),
    salaryMax: z.number().nullable(),
    closesOn: z.string(),
    faq: z.array(z.object({ question: z.string(), answer: z.string() })),
    managerMessage: z.string().nullable(),
    photos: z.array(z.string()),
    postId: z.string().nullable(),
    publicUrl: z.string(),
    openedAt: isoDate.nullable(),
    applications: z.number(),
  })
  .openapi('RecruitingJob');
export type JobT = z.infer<typeof Job>;
export const JobList = z.object({ jobs: z.array(Job) }).openapi('RecruitingJobList');

export const ApplicationsFilters = z.object({ jobId: z.string().uuid().optional() });
export const ApplicationParams = z.object({ id: z.string().uuid() });
export const Application = z
  .object({
    id: z.string().uuid(),
    jobId: z.string().uuid(),
    jobTitle: z.string(),
    name: z.string(),
    email: z.string(),
    hasCv: z.boolean(),
    source: z.enum(sources),
    referrerName: z.string().nullable(),
    selfReferral: z.boolean(),
    stage: z.enum(stages),
    stageAt: isoDate,
    shortlisted: z.boolean(),
    outcomeSentAt: isoDate.nullable(),
    createdAt: isoDate,
    /** Combined (mean) rubric score; null until the viewer submitted their own review (or none exists). */
    score: z.number().nullable(),
    reviews: z.number(),
    myReviewDone: z.boolean(),
  })
  .openapi('RecruitingApplication');
export type ApplicationT = z.infer<typeof Application>;
export const ApplicationList = z.object({ applications: z.array(Application) }).openapi('RecruitingApplicationList');

export const StageBody = z.object({ stage: z.enum(stages) });
export const rubric = ['skills', 'experience', 'motivation', 'communication'] as const;
export const ReviewBody = z.object({
  scores: z.object(
    Object.fromEntries(rubric.map((k) => [k, z.number().int().min(1).max(5)])) as Record<(typeof rubric)[number], z.ZodNumber>,
  ),
  note: text(2000).default(''),
});
export const ShortlistBody = z.object({ shortlisted: z.boolean() });
export const OutcomeBody = z.object({ outcome: z.enum(['hired', 'rejected', 'next_round']) });
export const Review = z.object({
  reviewerName: z.string(),
  scores: z.record(z.string(), z.number()),
  note: z.string(),
  submittedAt: isoDate,
});
export const ReviewList = z.object({ reviews: z.array(Review), hidden: z.boolean() }).openapi('RecruitingReviews');

export const ReferralBody = z.object({ jobId: z.string().uuid(), name: text(200, 1), email: email(), why: text(1000, 1) });
export const MyReferral = z.object({
  id: z.string().uuid(),
  jobTitle: z.string(),
  /** Without private details: only what the referrer typed is theirs to see; the stage after consent. */
  status: z.enum(['pending', 'consented', 'declined']),
  stage: z.enum(stages).nullable(),
  createdAt: isoDate,
  points: z.number(),
});
export const MyReferrals = z
  .object({ referrals: z.array(MyReferral), points: z.number(), rewards: z.number() })
  .openapi('RecruitingMyReferrals');
export const HrReferral = z.object({
  id: z.string().uuid(),
  jobTitle: z.string(),
  referrerName: z.string(),
  status: z.enum(['pending', 'consented', 'declined']),
  /** Null until the candidate consented. */
  name: z.string().nullable(),
  email: z.string().nullable(),
  why: z.string().nullable(),
  createdAt: isoDate,
});
export const HrReferrals = z.object({ referrals: z.array(HrReferral) }).openapi('RecruitingHrReferrals');

export const Settings = z
  .object({
    retentionMonths: z.number().int().min(1).max(60),
    points: z.object(
      Object.fromEntries(pointKinds.map((k) => [k, z.number().int().min(0).max(10000)])) as Record<
        (typeof pointKinds)[number],
        z.ZodNumber
      >,
    ),
  })
  .openapi('RecruitingSettings');
export const SettingsBody = Settings;
export type SettingsT = z.infer<typeof Settings>;

export const Reward = z.object({
  id: z.string().uuid(),
  personName: z.string(),
  step: z.enum(['hire', 'trial']),
  status: z.enum(['pending', 'approved']),
  createdAt: isoDate,
});
export const RewardList = z.object({ rewards: z.array(Reward) }).openapi('RecruitingRewards');
export const RewardParams = z.object({ id: z.string().uuid() });

export const FunnelFilters = z.object({ jobId: z.string().uuid().optional() });
const Counts = z.object(Object.fromEntries(stages.map((s) => [s, z.number()])) as Record<(typeof stages)[number], z.ZodNumber>);
export const Funnel = z
  .object({
    bySource: z.array(z.object({ source: z.enum(sources), total: z.number(), reached: Counts })),
    byJob: z.array(z.object({ jobId: z.string(), title: z.string(), total: z.number(), reached: Counts })),
    /** Mean days spent in each stage by applications that left it. */
    daysInStage: z.array(z.object({ stage: z.enum(stages), days: z.number().nullable() })),
    referrers: z.array(z.object({ name: z.string(), applications: z.number(), interviews: z.number(), hires: z.number() })),
  })
  .openapi('RecruitingFunnel');
export type FunnelT = z.infer<typeof Funnel>;

/** The public application form (multipart, no account). The CV file is checked apart, by its content. */
export const ApplyFields = z.object({
  name: text(200, 1),
  email: email(),
  consent: z.literal('yes'),
  ref: safeString()
    .regex(/^[A-Za-z0-9]{6,16}$/)
    .optional(),
  locale: z.enum(['it', 'en']).default('it'),
});
export type ApplyFieldsT = z.infer<typeof ApplyFields>;
export const PublicJobParams = z.object({ slug: safeString().regex(/^[a-z0-9-]{1,120}$/), id: z.string().uuid() });
export const StatusFields = z.object({ action: z.enum(['withdraw', 'erase']) });
/** The form of the expired-link pages: where to send a new status link. */
export const NewLinkFields = z.object({ email: email() });
export const ConsentFields = z.object({ decision: z.enum(['accept', 'decline']) });
export const PhotoUpload = z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) });
export const PhotoUploaded = z.object({ key: z.string() }).openapi('RecruitingPhotoUploaded');
export const Done = z.object({ ok: z.boolean() }).openapi('RecruitingDone');
export const ReferralCreated = z.object({ id: z.string().uuid() }).openapi('RecruitingReferralCreated');
export const OpenJob = z.object({
  id: z.string().uuid(),
  title: z.string(),
  department: z.string(),
  site: z.string(),
  closesOn: z.string(),
  publicUrl: z.string(),
  postId: z.string().nullable(),
});
export const OpenJobs = z.object({ jobs: z.array(OpenJob) }).openapi('RecruitingOpenJobs');
export type OpenJobT = z.infer<typeof OpenJob>;
export type JobListT = z.infer<typeof JobList>;
export type ApplicationListT = z.infer<typeof ApplicationList>;
export type ReviewListT = z.infer<typeof ReviewList>;
export type ReviewBodyT = z.infer<typeof ReviewBody>;
export type MyReferralsT = z.infer<typeof MyReferrals>;
export type HrReferralsT = z.infer<typeof HrReferrals>;
export type RewardListT = z.infer<typeof RewardList>;
export type OpenJobsT = z.infer<typeof OpenJobs>;
export type ReferralBodyT = z.infer<typeof ReferralBody>;
export type StageT = (typeof stages)[number];
export type SourceT = (typeof sources)[number];
export type ContractTypeT = (typeof contractTypes)[number];
