import { Chip, Group, Stack, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { type SuggestionStatus, useSuggestions } from './api';
import { statuses, statusLabel } from './labels';
import { SuggestionCard } from './SuggestionCard';

/** HR's triage: the box by status, most voted first; each opens its thread to reply and move it on. */
export function ManageSuggestionsPage() {
  return (
    <RequirePermission permission="suggestions.manage">
      <Manage />
    </RequirePermission>
  );
}

function Manage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SuggestionStatus>('received');
  const list = useSuggestions(status, 'votes');
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={2}>{t('suggestions:manage.title')}</Title>
      <Chip.Group value={status} onChange={(v) => setStatus(v as SuggestionStatus)}>
        <Group gap={6}>
          {statuses.map((s) => (
            <Chip key={s} value={s} size="sm">
              {`${statusLabel(t, s)} (${list.data?.counts[s] ?? 0})`}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && <EmptyState icon={<IconBulb size={24} aria-hidden />} title={t('suggestions:empty')} />}
      {list.data?.items.map((s) => (
        <SuggestionCard key={s.id} s={s} to={`/suggestions/${s.id}`} />
      ))}
    </Stack>
  );
}
