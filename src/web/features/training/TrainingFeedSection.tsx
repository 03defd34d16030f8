import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reach, useFeedCards } from './api';
import { TrainingCard } from './TrainingCard';

/**
 * On the employee's feed: up to two trainings offered to them (their population's value proposition, their
 * manager's note), and completed ones waiting for their feedback. Nothing at all when there is nothing to say.
 */
export function TrainingFeedSection() {
  const { t } = useTranslation();
  const cards = useFeedCards();
  const shown = cards.data?.promote.map((c) => c.id).join(',') ?? '';
  // The feed channel's "views": each card counts once per person (the server keeps the first).
  useEffect(() => {
    for (const id of shown.split(',').filter(Boolean)) reach(id, 'feed', 'view');
  }, [shown]);
  if (!cards.data || (cards.data.promote.length === 0 && cards.data.feedbackDue.length === 0)) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="training-feed-title">
      <Group gap={6}>
        <IconSchool size={20} aria-hidden />
        <Title order={2} size="h4" id="training-feed-title">
          {t('training:feed.title')}
        </Title>
      </Group>
      {cards.data.feedbackDue.map((f) => (
        <Card key={f.enrolmentId} withBorder padding="sm">
          <Text size="sm">
            {t('training:feed.feedbackDue', { title: f.title })}{' '}
            <Anchor component={Link} to={`/training/${f.trainingId}#feedback`}>
              {t('training:feed.giveFeedback')}
            </Anchor>
          </Text>
        </Card>
      ))}
      {cards.data.promote.map((c) => (
        <TrainingCard key={c.id} card={c} via="feed" />
      ))}
    </Stack>
  );
}
