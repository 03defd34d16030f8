import { useSearchParams } from 'react-router';
import { type Filters, type Preset, presetPeriod } from './useOverview';

const presets: readonly string[] = ['7', '30', '90', 'custom'];
const facetKeys = ['department', 'site', 'topic', 'network'] as const;

/** Filters live in the address (?period=90&site=Parma), so a reload or a shared link shows the same figures. */
export function useFilters(): [Filters, (f: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('period') ?? '30';
  const preset = (presets.includes(raw) ? raw : '30') as Preset;
  const fallback = presetPeriod('30');
  const period =
    preset === 'custom'
      ? { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to }
      : presetPeriod(preset);
  const filters: Filters = { preset, ...period, department: null, site: null, topic: null, network: null };
  for (const k of facetKeys) filters[k] = params.get(k);
  const set = (f: Filters) => {
    const next = new URLSearchParams({ period: f.preset });
    if (f.preset === 'custom') {
      next.set('from', f.from);
      next.set('to', f.to);
    }
    for (const k of facetKeys) if (f[k]) next.set(k, f[k] as string);
    setParams(next, { replace: true });
  };
  return [filters, set];
}
