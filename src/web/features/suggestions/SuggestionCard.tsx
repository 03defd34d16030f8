import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconThumbUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type SuggestionT, useSuggestionActions } from './api';
import { categoryLabel, statusColor, statusLabel } from './labels';

/** A suggestion in the box: its state, its votes, and a link to its thread when the reader may open it. */
export function SuggestionCard({ s, to, voting }: { s: SuggestionT; to?: string; voting?: boolean }) {
  const { t } = useTranslation();
  const { vote } = useSuggestionActions();
  return (
    <Card withBorder padding="sm">
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          <Text fw={600}>{s.title}</Text>
          <Badge color={statusColor[s.status]}>{statusLabel(t, s.status)}</Badge>
        </Group>
        <Text size="sm" c="gray.7">
          {categoryLabel(t, s.category)} · {s.anonymous ? t('suggestions:anonymousAuthor') : s.authorName}
        </Text>
        <Text size="sm" lineClamp={3}>
          {s.body}
        </Text>
        {s.outcome && <Text size="sm">{t('suggestions:outcome', { text: s.outcome })}</Text>}
        {s.reason && <Text size="sm">{t('suggestions:reason', { text: s.reason })}</Text>}
        <Group gap="xs">
          {voting && (
            <Button
              size="xs"
              variant={s.myVote ? 'filled' : 'default'}
              leftSection={<IconThumbUp size={14} aria-hidden />}
              aria-pressed={s.myVote}
              onClick={() => vote.mutate({ id: s.id, on: !s.myVote })}
              aria-label={t('suggestions:voteLabel', { title: s.title, count: s.votes })}
            >
              {s.votes}
            </Button>
          )}
          {to && (
            <Button component={Link} to={to} size="xs" variant="light">
              {t('suggestions:openThread')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
