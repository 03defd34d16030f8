import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMessageQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenSurveys } from './api';

/** On the employee's feed: the surveys and pulses waiting for their answer. Nothing when there are none. */
export function SurveyFeedSection() {
  const { t } = useTranslation();
  const open = useOpenSurveys();
  const waiting = open.data?.items.filter((s) => !s.answered) ?? [];
  if (waiting.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="surveys-feed-title">
      <Group gap={6}>
        <IconMessageQuestion size={20} aria-hidden />
        <Title order={2} size="h4" id="surveys-feed-title">
          {t('surveys:feed.title')}
        </Title>
      </Group>
      {waiting.map((s) => (
        <Card key={s.roundId} withBorder padding="sm">
          <Stack gap={6}>
            <Group gap={6} wrap="wrap">
              <Text fw={600}>{s.title}</Text>
              <Badge color={s.anonymous ? 'teal.9' : 'blue.9'}>{t(s.anonymous ? 'surveys:anonymous' : 'surveys:named')}</Badge>
            </Group>
            <Text size="sm" c="gray.7">
              {t('surveys:feed.questions', { count: s.questions.length })}
            </Text>
            <Button component={Link} to={`/surveys/${s.id}/answer`} size="sm" style={{ alignSelf: 'flex-start' }}>
              {t('surveys:feed.answer')}
            </Button>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
