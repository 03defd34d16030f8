import type { contractTypes, Stage } from './schema';

// Literal keys (the catalogue check finds them in the code).
export const contractKeys: Record<(typeof contractTypes)[number], string> = {
  permanent: 'public.contract.permanent',
  fixed_term: 'public.contract.fixed_term',
  apprenticeship: 'public.contract.apprenticeship',
  internship: 'public.contract.internship',
  part_time: 'public.contract.part_time',
};
export const stageKeys: Record<Stage, string> = {
  applied: 'recruiting:public.stage.applied',
  screening: 'recruiting:public.stage.screening',
  interview: 'recruiting:public.stage.interview',
  offer: 'recruiting:public.stage.offer',
  hired: 'recruiting:public.stage.hired',
  rejected: 'recruiting:public.stage.rejected',
  withdrawn: 'recruiting:public.stage.withdrawn',
};
export const linkKeys = {
  used: ['recruiting:public.link_used_title', 'recruiting:public.link_used_body'],
  expired: ['recruiting:public.link_expired_title', 'recruiting:public.link_expired_body'],
  unknown: ['recruiting:public.link_unknown_title', 'recruiting:public.link_unknown_body'],
} as const;
export const answerKeys = {
  accepted: ['recruiting:public.referralAcceptedTitle', 'recruiting:public.referralAcceptedBody'],
  declined: ['recruiting:public.referralDeclinedTitle', 'recruiting:public.referralDeclinedBody'],
} as const;
