import type { ContractTypeT, SourceT, StageT } from './api';

// Literal keys (the catalogue check finds them in the code).
export const stageKeys: Record<StageT, string> = {
  applied: 'recruiting:stage.applied',
  screening: 'recruiting:stage.screening',
  interview: 'recruiting:stage.interview',
  offer: 'recruiting:stage.offer',
  hired: 'recruiting:stage.hired',
  rejected: 'recruiting:stage.rejected',
  withdrawn: 'recruiting:stage.withdrawn',
};
export const sourceKeys: Record<SourceT, string> = {
  share: 'recruiting:source.share',
  referral: 'recruiting:source.referral',
  careers: 'recruiting:source.careers',
  other: 'recruiting:source.other',
};
export const contractKeys: Record<ContractTypeT, string> = {
  permanent: 'recruiting:contract.permanent',
  fixed_term: 'recruiting:contract.fixed_term',
  apprenticeship: 'recruiting:contract.apprenticeship',
  internship: 'recruiting:contract.internship',
  part_time: 'recruiting:contract.part_time',
};
export const jobStatusKeys = {
  draft: 'recruiting:jobStatus.draft',
  open: 'recruiting:jobStatus.open',
  closed: 'recruiting:jobStatus.closed',
} as const;
export const referralStatusKeys = {
  pending: 'recruiting:referralStatus.pending',
  consented: 'recruiting:referralStatus.consented',
  declined: 'recruiting:referralStatus.declined',
} as const;
export const rubricKeys = {
  skills: 'recruiting:rubric.skills',
  experience: 'recruiting:rubric.experience',
  motivation: 'recruiting:rubric.motivation',
  communication: 'recruiting:rubric.communication',
} as const;
export const pipelineStages: StageT[] = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'];

/** The editor takes plain paragraphs; the server stores sanitised HTML. Blank lines separate paragraphs. */
export function toHtml(text: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function toText(html: string): string {
  const doc = new DOMParser().parseFromString(
    html.replace(/<br\s*\/?>/g, '\n').replace(/<\/(p|li|h3|h4)>/g, '\n\n'),
    'text/html',
  );
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
