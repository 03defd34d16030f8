import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../lib/me';
import { RequirePermission } from '../../lib/RequirePermission';
import { useQueue } from './api';
import { DecisionPanel } from './DecisionPanel';
import { MeasuresCard } from './MeasuresCard';
import { StoryCard } from './StoryCard';

/** Comms' queue of employee stories, oldest first; an approved story becomes a post in the feed credited to its author. */
export function ModerationPage() {
  const { t } = useTranslation();
  const queue = useQueue();
  const me = useMe();
  return (
    <RequirePermission permission="content.approve">
      <Stack maw={720} mx="auto" gap="md">
        <Title order={2}>{t('stories:moderate.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('stories:moderate.intro')}
        </Text>
        {hasPermission(me.data, 'analytics.read') && <MeasuresCard />}
        {queue.isLoading && <Loading />}
        <ErrorAlert error={queue.error} />
        {queue.data?.items.length === 0 && <EmptyState title={t('stories:moderate.empty')} />}
        {queue.data?.items.map((s) => (
          <StoryCard key={s.id} story={s} showAuthor>
            <DecisionPanel story={s} />
          </StoryCard>
        ))}
      </Stack>
    </RequirePermission>
  );
}
