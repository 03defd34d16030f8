import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { RequirePermission } from '../../lib/RequirePermission';
import { useJourneys } from './api';

/** HR's view of every new hire's journey (a manager's: their reports'): how far along, what is overdue, the buddy. */
export function JourneysPage() {
  return (
    <RequirePermission permission={['onboarding.manage', 'analytics.team']}>
      <Journeys />
    </RequirePermission>
  );
}

function Journeys() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useJourneys();
  const me = useMe();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('onboarding:journeys.title')}</Title>
        {hasPermission(me.data, 'onboarding.manage') && (
          <Button component={Link} to="/onboarding/templates" variant="default">
            {t('onboarding:templates.title')}
          </Button>
        )}
      </Group>
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
