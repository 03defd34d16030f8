import type { StoryT } from './api';

// Written out literally so the catalogue checks see every key.
export const stateKeys: Record<StoryT['status'], string> = {
  pending: 'stories:state.pending',
  changes_requested: 'stories:state.changes_requested',
  approved: 'stories:state.approved',
  declined: 'stories:state.declined',
};

export type DecisionKind = 'approve' | 'request-changes' | 'decline';
export const decisionKeys: Record<DecisionKind, { field: string; confirm: string }> = {
  approve: { field: 'stories:moderate.caption', confirm: 'stories:moderate.confirm.approve' },
  'request-changes': { field: 'stories:moderate.comment', confirm: 'stories:moderate.confirm.request-changes' },
  decline: { field: 'stories:moderate.reason', confirm: 'stories:moderate.confirm.decline' },
};
