import { Grid, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFacets } from './api';
import type { PeopleFilters } from './filters';
import { ROLES, STATUSES, useLabels } from './labels';

type Props = { filters: PeopleFilters; onChange: (f: PeopleFilters) => void };

/** Search (debounced, so typing does not fire a request per key) and the four filters. */
export function PeopleFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const facets = useFacets();
  const [search, setSearch] = useState(filters.q ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const set = (patch: PeopleFilters) => onChange({ ...filters, ...patch, page: undefined });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled search term should move the list
  useEffect(() => {
    if (q !== (filters.q ?? '')) set({ q: q || undefined });
  }, [q]);
  const select = (
    key: 'department' | 'site' | 'jobFamily' | 'role' | 'status',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Grid.Col span={{ base: 6, md: 2 }}>
      <Select
        label={label}
        placeholder={t('people:filter.any')}
        data={data}
        value={filters[key] ?? null}
        onChange={(v) => set({ [key]: v ?? undefined })}
        clearable
        searchable={key === 'department' || key === 'site' || key === 'jobFamily'}
      />
    </Grid.Col>
  );
  const plain = (xs: string[] = []) => xs.map((x) => ({ value: x, label: x }));
  return (
    // Two filters a row on a phone so the list starts sooner.
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label={t('people:filter.search')}
          placeholder={t('people:filter.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
        />
      </Grid.Col>
      {select('department', t('people:filter.department'), plain(facets.data?.departments))}
      {select('site', t('people:filter.site'), plain(facets.data?.sites))}
      {select('jobFamily', t('people:filter.jobFamily'), plain(facets.data?.jobFamilies))}
      {select(
        'role',
        t('people:filter.role'),
        ROLES.map((r) => ({ value: r, label: labels.role(r) })),
      )}
      {select(
        'status',
        t('people:filter.status'),
        STATUSES.map((s) => ({ value: s, label: labels.status(s) })),
      )}
    </Grid>
  );
}
