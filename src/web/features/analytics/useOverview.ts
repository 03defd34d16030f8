import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { z } from 'zod';
import type { ContentMeasuresSchema } from '../../../server/modules/analytics/content-contract';
import type { ExportTable, OverviewSchema } from '../../../server/modules/analytics/contract';
import { api, qs } from '../../lib/api';

export type Overview = z.infer<typeof OverviewSchema>;
export type Scope = 'org' | 'team';
export type Preset = '7' | '30' | '90' | 'custom';

export type Filters = {
  preset: Preset;
  from: string;
  to: string;
  department: string | null;
  site: string | null;
  topic: string | null;
  network: string | null;
};

const ISO = 'YYYY-MM-DD';

/** A preset's period ends today and counts today among its days (7 days = today and the 6 before). */
export function presetPeriod(preset: Exclude<Preset, 'custom'>) {
  const to = dayjs();
  return { from: to.subtract(Number(preset) - 1, 'day').format(ISO), to: to.format(ISO) };
}

export const initialFilters = (): Filters => ({
  preset: '30',
  ...presetPeriod('30'),
  department: null,
  site: null,
  topic: null,
  network: null,
});

/** The query string shared by the overview and every CSV link, so a download shows exactly what is on screen. */
export function filterQuery(f: Filters, scope: Scope) {
  return qs({ from: f.from, to: f.to, department: f.department, site: f.site, topic: f.topic, network: f.network, scope });
}

export const csvUrl = (table: ExportTable, f: Filters, scope: Scope) =>
  `/api/analytics/export/${table}.csv${filterQuery(f, scope)}`;

export type ContentMeasures = z.infer<typeof ContentMeasuresSchema>;

/** The stories and events tab: same filters and scope as the overview. */
export function useContentMeasures(f: Filters, scope: Scope) {
  const query = filterQuery(f, scope);
  return useQuery({
    queryKey: ['analytics', 'content', query],
    queryFn: () => api.get<ContentMeasures>(`/api/analytics/content${query}`),
    placeholderData: keepPreviousData,
    enabled: !!f.from && !!f.to,
  });
}

export function useOverview(f: Filters, scope: Scope) {
  const query = filterQuery(f, scope);
  return useQuery({
    queryKey: ['analytics', 'overview', query],
    queryFn: () => api.get<Overview>(`/api/analytics/overview${query}`),
    // Keeps the previous figures on screen while new filters load, instead of flashing a spinner.
    placeholderData: keepPreviousData,
    enabled: !!f.from && !!f.to,
  });
}

/** Departments and sites of the organisation (people module); managers may not read it, so failures are quiet. */
export function useFacets() {
  return useQuery({
    queryKey: ['people', 'facets'],
    queryFn: () => api.get<{ departments: string[]; sites: string[] }>('/api/people/facets'),
    retry: false,
    staleTime: 300_000,
  });
}
