import { invalid } from '../../platform/errors';
import type { PropositionInputT } from './contract';
import type { Motivation } from './schema';

const needsValue = new Set(['department', 'site', 'job_title', 'job_family']);

/**
 * The editor's rules, checked on the server: a mandatory training says which organisational need makes it
 * mandatory (seed 000: attention goes to understanding that need), and every population names who it is.
 */
export function checkTraining(t: { motivation: Motivation; organisationalNeed?: string | null }, props: PropositionInputT[]) {
  if (t.motivation === 'mandatory' && !t.organisationalNeed?.trim())
    throw invalid('training.need_required', {}, [{ path: 'organisationalNeed', code: 'need_required' }]);
  props.forEach((p, i) => {
    if (needsValue.has(p.kind) && !p.value?.trim())
      throw invalid('training.population_value_required', { label: p.label }, [{ path: `propositions.${i}.value` }]);
    if (p.kind === 'new_hires' && p.value?.trim()) {
      const days = Number(p.value);
      if (!Number.isInteger(days) || days < 1 || days > 3650)
        throw invalid('training.new_hire_days', { label: p.label }, [{ path: `propositions.${i}.value` }]);
    }
  });
  if (props.filter((p) => p.kind === 'managers').length > 1) throw invalid('training.one_managers_proposition');
}

export const toMinutes = (hours: number) => Math.max(1, Math.round(hours * 60));
export const toCents = (amount: number) => Math.round(amount * 100);
