import { qs } from '../../lib/api';

/** The list's filters; they live in the address so a filtered view can be shared or reloaded. */
export type PeopleFilters = {
  q?: string;
  department?: string;
  site?: string;
  jobFamily?: string;
  role?: string;
  status?: string;
  managerId?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  page?: number;
};

const KEYS = ['q', 'department', 'site', 'jobFamily', 'role', 'status', 'managerId', 'sort', 'order', 'page'] as const;

export function filtersOf(params: URLSearchParams): PeopleFilters {
  const f: PeopleFilters = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) Object.assign(f, { [k]: k === 'page' ? Math.max(1, Number(v) || 1) : v });
  }
  return f;
}

export function paramsOf(f: PeopleFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of KEYS) if (f[k]) p.set(k, String(f[k]));
  return p;
}

/** The CSV export of what the list shows (every page, not only the current one). */
export function exportUrl(f: PeopleFilters): string {
  const { page: _page, sort: _sort, order: _order, ...rest } = f;
  return `/api/people/export.csv${qs(rest)}`;
}
