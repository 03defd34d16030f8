import { Button, CloseButton, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActionLabel } from './action-labels';
import type { AuditFilters } from './api';

type Props = { filters: AuditFilters; names: { actor?: string; target?: string }; onChange: (f: AuditFilters) => void };

/** Action, days, and the actor or target picked by clicking a row; each removable. */
export function AuditFiltersBar({ filters, names, onChange }: Props) {
  const { t } = useTranslation();
  const actions = useActionLabel();
  // An action from another module (typed in the address) stays selectable.
  const options = filters.action && !actions.known.includes(filters.action) ? [...actions.known, filters.action] : actions.known;
  const set = (patch: AuditFilters) => onChange({ ...filters, ...patch, page: undefined });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('admin:audit.filter.action')}
          placeholder={t('admin:audit.filter.anyAction')}
          data={options.map((a) => ({ value: a, label: actions.label(a) }))}
          value={filters.action ?? null}
          onChange={(v) => set({ action: v ?? undefined })}
          clearable
          searchable
        />
        <TextInput
          label={t('admin:audit.filter.from')}
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          label={t('admin:audit.filter.to')}
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      <Group gap="xs">
        {filters.actorId && (
          <Button
            variant="light"
            size="xs"
            rightSection={<CloseButton component="span" size="xs" aria-hidden />}
            onClick={() => set({ actorId: undefined })}
          >
            {t('admin:audit.filter.clearActor', { name: names.actor ?? filters.actorId })}
          </Button>
        )}
        {filters.targetId && (
          <Button
            variant="light"
            size="xs"
            rightSection={<CloseButton component="span" size="xs" aria-hidden />}
            onClick={() => set({ targetId: undefined })}
          >
            {t('admin:audit.filter.clearTarget', { name: names.target ?? filters.targetId })}
          </Button>
        )}
      </Group>
    </>
  );
}
