import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../lib/api';

type Person = { id: string; name: string; department: string | null };

/** The session's trainer: any person of the organisation, searched by name in the directory. */
export function TrainerSelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<Person | null>(null);
  const found = useQuery({
    queryKey: ['training-trainers', q],
    queryFn: () => api.get<{ items: Person[] }>(`/api/people${qs({ q, pageSize: 20 })}`),
    enabled: q.length > 0,
  });
  const people = new Map([...(chosen ? [chosen] : []), ...(found.data?.items ?? [])].map((p) => [p.id, p]));
  return (
    <Select
      label={t('training:sessions.trainerLabel')}
      description={t('training:sessions.trainerHint')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={[...people.values()].map((p) => ({ value: p.id, label: p.department ? `${p.name} · ${p.department}` : p.name }))}
      value={value}
      onChange={(id) => {
        setChosen(id ? (people.get(id) ?? null) : null);
        onChange(id);
      }}
      nothingFoundMessage={q ? t('training:sessions.noPeople') : undefined}
    />
  );
}
