import { Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useJourneys } from './api';

/** HR's view of every new hire's journey: how far along, what is overdue, who the buddy is. */
export function JourneysPage() {
  return (
    <RequirePermission permission="onboarding.manage">
      <Journeys />
    </RequirePermission>
  );
}

function Journeys() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useJourneys();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={2}>{t('onboarding:journeys.title')}</Title>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && <Text c="gray.7">{t('onboarding:journeys.empty')}</Text>}
      {list.data?.items.map((j) => (
        <Stack key={j.id} gap={4}>
          <Text fw={600}>{j.personName}</Text>
          <Text size="sm" c="gray.7">
            {[
              j.department,
              t('onboarding:journeys.start', { date: fmt.date(j.startOn) }),
              j.buddyName && t('onboarding:journeys.buddy', { name: j.buddyName }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Progress
            value={j.total ? (j.done / j.total) * 100 : 0}
            aria-label={t('onboarding:feed.progress', { done: j.done, total: j.total })}
          />
          <Text size="sm">
            {t('onboarding:feed.progress', { done: j.done, total: j.total })}
            {j.overdue > 0 && (
              <Text span c="red.9" fw={600}>
                {` · ${t('onboarding:journeys.overdue', { count: j.overdue })}`}
              </Text>
            )}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
