import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { networkLabel, networks } from './labels';
import { type Filters, type Preset, presetPeriod } from './useOverview';

type Props = {
  value: Filters;
  onChange: (f: Filters) => void;
  departments: string[];
  sites: string[];
  topics: string[];
};

/** Period presets (7/30/90 days or custom dates) and the department, site, topic and network filters. */
export function FilterBar({ value, onChange, departments, sites, topics }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const setPreset = (preset: string) => {
    const p = preset as Preset;
    set(p === 'custom' ? { preset: p } : { preset: p, ...presetPeriod(p) });
  };
  const select = (label: string, data: { value: string; label: string }[], key: 'department' | 'site' | 'topic' | 'network') => (
    <Select
      label={label}
      placeholder={t('analytics:filters.all')}
      data={data}
      value={value[key]}
      onChange={(v) => set({ [key]: v })}
      clearable
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );
  const plain = (xs: string[]) => xs.map((x) => ({ value: x, label: x }));
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="analytics-period-label">
          {t('analytics:period.label')}
        </Text>
        <Group gap="sm" align="end" wrap="wrap">
          <SegmentedControl
            w={{ base: '100%', sm: 'auto' }}
            aria-labelledby="analytics-period-label"
            value={value.preset}
            onChange={setPreset}
            data={[
              { value: '7', label: t('analytics:period.days7') },
              { value: '30', label: t('analytics:period.days30') },
              { value: '90', label: t('analytics:period.days90') },
              { value: 'custom', label: t('analytics:period.custom') },
            ]}
          />
          {value.preset === 'custom' && (
            <Group gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label={t('analytics:period.from')}
                value={value.from}
                max={value.to}
                onChange={(e) => set({ from: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('analytics:period.to')}
                value={value.to}
                min={value.from}
                onChange={(e) => set({ to: e.currentTarget.value })}
              />
            </Group>
          )}
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {select(t('analytics:filters.department'), plain(departments), 'department')}
        {select(t('analytics:filters.site'), plain(sites), 'site')}
        {select(t('analytics:filters.topic'), plain(topics), 'topic')}
        {select(
          t('analytics:filters.network'),
          networks.map((n) => ({ value: n, label: networkLabel(t, n) })),
          'network',
        )}
      </SimpleGrid>
    </Stack>
  );
}
