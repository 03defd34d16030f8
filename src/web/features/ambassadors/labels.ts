import type { TFunction } from 'i18next';
import type { ApplicationStatusT, MemberStatusT, ReasonCodeT } from './api';

// Literal keys, so the catalogue check sees every one of them in use.
const applicationKeys: Record<ApplicationStatusT, string> = {
  nominated: 'ambassadors:applicationStatus.nominated',
  nomination_declined: 'ambassadors:applicationStatus.nomination_declined',
  pending: 'ambassadors:applicationStatus.pending',
  waitlisted: 'ambassadors:applicationStatus.waitlisted',
  accepted: 'ambassadors:applicationStatus.accepted',
  declined: 'ambassadors:applicationStatus.declined',
  invited: 'ambassadors:applicationStatus.invited',
  withdrawn: 'ambassadors:applicationStatus.withdrawn',
};
const memberKeys: Record<MemberStatusT, string> = {
  active: 'ambassadors:memberStatus.active',
  suspended: 'ambassadors:memberStatus.suspended',
  alumni: 'ambassadors:memberStatus.alumni',
  left: 'ambassadors:memberStatus.left',
};
const reasonKeys: Record<ReasonCodeT, string> = {
  first_family: 'ambassadors:reason.first_family',
  first_site: 'ambassadors:reason.first_site',
  first_department: 'ambassadors:reason.first_department',
  best_score: 'ambassadors:reason.best_score',
  recent_member: 'ambassadors:reason.recent_member',
  high_clicks: 'ambassadors:reason.high_clicks',
  waitlisted: 'ambassadors:reason.waitlisted',
};
const decisionKeys = {
  accepted: 'ambassadors:card.decision.accepted',
  waitlisted: 'ambassadors:card.decision.waitlisted',
  declined: 'ambassadors:card.decision.declined',
} as const;

export const applicationStatusLabel = (t: TFunction, s: ApplicationStatusT) => t(applicationKeys[s]);
export const memberStatusLabel = (t: TFunction, s: MemberStatusT) => t(memberKeys[s]);
export const reasonLabel = (t: TFunction, code: ReasonCodeT, value: string | null) => t(reasonKeys[code], { value: value ?? '' });
export const decisionText = (t: TFunction, s: keyof typeof decisionKeys, reason: string) => t(decisionKeys[s], { reason });
export const isDecision = (s: string): s is keyof typeof decisionKeys => s in decisionKeys;

export const applicationColor: Record<ApplicationStatusT, string> = {
  nominated: 'grape.9',
  nomination_declined: 'gray.7',
  pending: 'blue.9',
  waitlisted: 'violet.9',
  accepted: 'teal.9',
  declined: 'red.9',
  invited: 'cyan.9',
  withdrawn: 'gray.7',
};

const badgeKeys: Record<string, string> = {
  first_share: 'ambassadors:badge.first_share',
  ten_personalised: 'ambassadors:badge.ten_personalised',
  full_term: 'ambassadors:badge.full_term',
};
export const badgeLabel = (t: TFunction, b: string) => (badgeKeys[b] ? t(badgeKeys[b]) : b);
