import { Stack, Text, Title } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useMyProgrammes } from './api';
import { Board } from './Board';
import { ProgrammeCard } from './ProgrammeCard';

/** The employee's programmes (or the one in the address, where a blocked share sends them) and the points board. */
export function MyProgrammesPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const mine = useMyProgrammes();
  const items = (mine.data?.items ?? []).filter((p) => !id || p.id === id);
  const member = items.some((p) => p.member);
  return (
    <Stack maw={720} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('ambassadors:mine.title')}</Title>
        <Text c="gray.7" size="sm">
          {t('ambassadors:mine.intro')}
        </Text>
      </div>
      {mine.isLoading && <Loading />}
      <ErrorAlert error={mine.error} />
      {mine.data && items.length === 0 && (
        <EmptyState icon={<IconSpeakerphone size={24} aria-hidden />} title={t('ambassadors:mine.empty')}>
          {t('ambassadors:mine.emptyBody')}
        </EmptyState>
      )}
      {items.map((p) => (
        <ProgrammeCard key={p.id} p={p} />
      ))}
      {member && <Board />}
    </Stack>
  );
}
