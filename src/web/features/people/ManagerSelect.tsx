import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../lib/api';
import type { PeopleListT } from './types';

type Ref = { id: string; name: string };

/** A manager searched on the server by name or e-mail; the current one keeps its name while not in the results. */
export function ManagerSelect({
  value,
  selfId,
  error,
  onChange,
}: {
  value: Ref | null;
  selfId?: string;
  error?: string;
  onChange: (m: Ref | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['people', 'manager-search', q],
    queryFn: () => api.get<PeopleListT>(`/api/people${qs({ q, pageSize: 20 })}`),
    enabled: q.length > 0 && q !== value?.name,
  });
  const byId = new Map<string, Ref>(value ? [[value.id, value]] : []);
  for (const p of found.data?.items ?? []) if (p.id !== selfId && p.status !== 'inactive') byId.set(p.id, p);
  return (
    <Select
      label={t('people:form.manager')}
      placeholder={t('people:form.managerHint')}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q && found.isSuccess ? t('people:form.noManager') : undefined}
      data={[...byId.values()].map((p) => ({ value: p.id, label: p.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
    />
  );
}
