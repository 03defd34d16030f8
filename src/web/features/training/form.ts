import type { Motivation, PopulationKind, TrainingKind } from '../../../server/modules/training/schema';
import type { ManagedTrainingT, PropositionInputT, TrainingInputT } from './api';

export type PropositionForm = {
  id?: string;
  /** A stable key for React while editing (new propositions have no id yet). */
  key: string;
  label: string;
  kind: PopulationKind;
  value: string;
  benefits: string;
  problem: string;
  outcome: string;
};

export type TrainingForm = {
  title: string;
  description: string;
  kind: TrainingKind;
  motivation: Motivation;
  organisationalNeed: string;
  dueDate: string;
  durationHours: number | string;
  cost: number | string;
  requiresApproval: boolean;
  publicUrl: string;
  elearningUrl: string;
  code: string;
  promoted: boolean;
  propositions: PropositionForm[];
};

let seq = 0;
export const newProposition = (kind: PopulationKind = 'department'): PropositionForm => ({
  key: `new-${++seq}`,
  label: '',
  kind,
  value: '',
  benefits: '',
  problem: '',
  outcome: '',
});

export function formOf(t?: ManagedTrainingT): TrainingForm {
  return {
    title: t?.title ?? '',
    description: t?.description ?? '',
    kind: t?.kind ?? 'course',
    motivation: t?.motivation ?? 'career',
    organisationalNeed: t?.organisationalNeed ?? '',
    dueDate: t?.dueDate ?? '',
    durationHours: t?.durationHours ?? 4,
    cost: t?.cost ?? 0,
    requiresApproval: t?.requiresApproval ?? false,
    publicUrl: t?.publicUrl ?? '',
    elearningUrl: t?.elearningUrl ?? '',
    code: t?.code ?? '',
    promoted: t?.promoted ?? true,
    propositions: t?.propositions.map((p) => ({ ...p, key: p.id, value: p.value ?? '' })) ?? [newProposition()],
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

export function bodyOf(f: TrainingForm): TrainingInputT {
  return {
    title: f.title,
    description: f.description,
    kind: f.kind,
    motivation: f.motivation,
    organisationalNeed: f.organisationalNeed || null,
    dueDate: f.dueDate || null,
    durationHours: num(f.durationHours),
    cost: num(f.cost),
    requiresApproval: f.requiresApproval,
    publicUrl: f.publicUrl || null,
    elearningUrl: f.elearningUrl || null,
    code: f.code || null,
    promoted: f.promoted,
    propositions: f.propositions.map(
      ({ key: _key, ...p }): PropositionInputT => ({
        ...p,
        value: p.kind === 'everyone' || p.kind === 'managers' ? null : p.value || null,
      }),
    ),
  };
}
