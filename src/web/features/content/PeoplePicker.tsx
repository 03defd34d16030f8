import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../lib/api';

type Person = { id: string; name: string; department?: string | null };

/** Named people as targets: searched on the server by name; the chosen ones keep their names for display. */
export function PeoplePicker({
  value,
  known,
  onChange,
}: {
  value: string[];
  known: Person[];
  onChange: (ids: string[], people: Person[]) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['audience-search', q],
    queryFn: () => api.get<{ items: Person[] }>(`/api/posts/audience-search${qs({ q })}`),
    enabled: q.length > 0,
  });
  const byId = new Map([...known, ...(found.data?.items ?? [])].map((p) => [p.id, p]));
  const data = [...byId.values()].map((p) => ({ value: p.id, label: p.department ? `${p.name} · ${p.department}` : p.name }));
  return (
    <MultiSelect
      label={t('content:audience.peopleLabel')}
      description={t('content:audience.peopleHint')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q ? t('content:audience.noPeople') : undefined}
      data={data}
      value={value}
      onChange={(ids) =>
        onChange(
          ids,
          ids.map((id) => byId.get(id)).filter((p): p is Person => !!p),
        )
      }
    />
  );
}
