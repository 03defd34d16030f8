import { MultiSelect, Radio, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';

export type Targeting = { all: boolean; departments: string[]; sites: string[]; jobFamilies: string[] };
type Facets = { departments: string[]; sites: string[]; jobFamilies: string[] };
const labels = {
  departments: 'news:targeting.departments',
  sites: 'news:targeting.sites',
  jobFamilies: 'news:targeting.jobFamilies',
} as const;
const lists = ['departments', 'sites', 'jobFamilies'] as const;

/**
 * Who an internal post or a survey is for, as for posts: everyone, or anyone in one of the chosen departments, sites or
 * job families. Values are picked from the directory's own (free text reached nobody once spelt differently); a
 * value no longer in the directory stays visible, marked, so the editor can remove it.
 */
export function TargetingFields({ value, onChange }: { value: Targeting; onChange: (v: Targeting) => void }) {
  const { t } = useTranslation();
  const facets = useQuery({
    queryKey: ['people', 'facets'],
    queryFn: () => api.get<Facets>('/api/people/facets'),
    staleTime: 300_000,
  });
  const options = (known: string[] | undefined, chosen: string[]) => [
    ...(known ?? []),
    ...chosen.filter((v) => !known?.includes(v)).map((v) => ({ value: v, label: t('news:targeting.gone', { value: v }) })),
  ];
  const chosen = value.departments.length + value.sites.length + value.jobFamilies.length;
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('news:targeting.label')}
        value={value.all ? 'all' : 'selected'}
        onChange={(v) => onChange({ ...value, all: v === 'all' })}
      >
        <Stack gap={6} mt={4}>
          <Radio value="all" label={t('news:targeting.everyone')} />
          <Radio value="selected" label={t('news:targeting.selected')} />
        </Stack>
      </Radio.Group>
      {!value.all &&
        lists.map((k) => (
          <MultiSelect
            key={k}
            label={t(labels[k])}
            description={k === 'departments' ? t('news:targeting.hint') : undefined}
            data={options(facets.data?.[k], value[k])}
            value={value[k]}
            onChange={(v) => onChange({ ...value, [k]: v })}
            searchable
            nothingFoundMessage={t('news:targeting.noMatch')}
            error={k === 'jobFamilies' && chosen === 0 ? t('news:targeting.empty') : undefined}
          />
        ))}
    </Stack>
  );
}
