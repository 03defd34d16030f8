import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { useMyJourney, useStepDone } from './api';

const stateKeys = {
  done: 'onboarding:state.done',
  due: 'onboarding:state.due',
  overdue: 'onboarding:state.overdue',
  upcoming: 'onboarding:state.upcoming',
} as const;
const stateColor = { done: 'teal.9', due: 'blue.9', overdue: 'red.9', upcoming: 'gray.7' } as const;
const SHOWN = 4;

/** A new hire's first weeks on the feed: the next steps of the journey, and the buddy to meet. */
export function OnboardingFeedSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mine = useMyJourney();
  const done = useStepDone();
  const j = mine.data?.journey;
  if (!j) return null;
  const finished = j.steps.filter((s) => s.state === 'done').length;
  if (finished === j.steps.length) return null;
  const next = j.steps.filter((s) => s.state !== 'done').slice(0, SHOWN);
  return (
    <Stack gap="sm" component="section" aria-labelledby="onboarding-feed-title">
      <Group gap={6}>
        <IconRoute size={20} aria-hidden />
        <Title order={2} size="h4" id="onboarding-feed-title">
          {t('onboarding:feed.title')}
        </Title>
      </Group>
      <Progress
        value={(finished / j.steps.length) * 100}
        aria-label={t('onboarding:feed.progress', { done: finished, total: j.steps.length })}
      />
      <Text size="sm" c="gray.7">
        {t('onboarding:feed.progress', { done: finished, total: j.steps.length })}
        {j.buddyName ? ` · ${t('onboarding:feed.buddy', { name: j.buddyName })}` : ''}
      </Text>
      <ErrorAlert error={done.error} />
      {next.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Text fw={600}>{s.title}</Text>
              <Group gap={6}>
                <Badge color={stateColor[s.state]}>{t(stateKeys[s.state])}</Badge>
                <Text size="xs" c="gray.7">
                  {t('onboarding:feed.dueOn', { date: fmt.date(s.dueOn) })}
                </Text>
              </Group>
            </div>
            {s.link && (
              <Button component={Link} to={s.link} size="xs" variant="default">
                {t('onboarding:feed.open')}
              </Button>
            )}
            {s.manual && (
              <Button size="xs" onClick={() => done.mutate(s.id)} loading={done.isPending && done.variables === s.id}>
                {t('onboarding:feed.markDone')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
