import { NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../lib/me';
import { type ApplicationStatusT, type ProgrammeT, useCandidates } from './api';
import { CandidateCard } from './CandidateCard';
import { NominateForm } from './NominateForm';

const filters = ['pending', 'waitlisted', 'accepted', 'declined', 'nominated'] as const;

/** Screening: the candidates in one state, each with the eligibility checks, the rubric and the decision. */
export function CandidatesPanel({ programme }: { programme: ProgrammeT }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ApplicationStatusT>('pending');
  const me = useMe();
  const list = useCandidates(programme.id, status);
  const keys: Record<(typeof filters)[number], string> = {
    pending: 'ambassadors:applicationStatus.pending',
    waitlisted: 'ambassadors:applicationStatus.waitlisted',
    accepted: 'ambassadors:applicationStatus.accepted',
    declined: 'ambassadors:applicationStatus.declined',
    nominated: 'ambassadors:applicationStatus.nominated',
  };
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('ambassadors:screening.filter')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ApplicationStatusT)}
        data={filters.map((f) => ({ value: f, label: t(keys[f]) }))}
        maw={320}
      />
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && <Text c="gray.7">{t('ambassadors:screening.empty')}</Text>}
      {list.data?.items.map((c) => (
        <CandidateCard key={c.id} programme={programme} candidate={c} onConflict={() => void list.refetch()} />
      ))}
      {/* Finding a colleague needs the directory (people.read): HR nominate here; managers have no picker yet. */}
      {hasPermission(me.data, 'people.read') && <NominateForm programmeId={programme.id} />}
    </Stack>
  );
}
