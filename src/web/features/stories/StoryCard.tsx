import { Badge, Card, Group, Image, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { StoryT } from './api';
import { stateKeys } from './labels';

const colours: Record<StoryT['status'], string> = {
  pending: 'blue.9',
  changes_requested: '#9c3d00',
  approved: 'teal.9',
  declined: 'red.9',
};

/** A story as its author or a moderator sees it: state, words, photos, colleagues named, the moderator's note. */
export function StoryCard({ story, children, showAuthor }: { story: StoryT; children?: ReactNode; showAuthor?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card withBorder padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap={6}>
          <Badge color={colours[story.status]}>{t(stateKeys[story.status])}</Badge>
          <Text size="xs" c="gray.7">
            {showAuthor ? `${story.author.name} · ` : ''}
            {fmt.dateTime(story.submittedAt)}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{story.body}</Text>
        {story.photos.length > 0 && (
          <ScrollArea type="auto">
            <Group gap={6} wrap="nowrap">
              {story.photos.map((p, i) => (
                <Image
                  key={p.key}
                  src={p.url}
                  alt={t('stories:form.photoAlt', { n: i + 1 })}
                  h={110}
                  w={140}
                  fit="cover"
                  radius="sm"
                />
              ))}
            </Group>
          </ScrollArea>
        )}
        {story.link && (
          <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {story.link}
          </Text>
        )}
        {story.tags.length > 0 && (
          <Text size="sm">
            {t('stories:card.with')}{' '}
            {story.tags.map((x) => (x.declined ? t('stories:card.declinedTag', { name: x.name }) : x.name)).join(', ')}
          </Text>
        )}
        {story.moderatorNote && (
          <Text size="sm" c={story.status === 'declined' ? 'red.9' : '#9c3d00'}>
            {t(story.status === 'declined' ? 'stories:card.reason' : 'stories:card.comment')}: {story.moderatorNote}
          </Text>
        )}
        {story.status === 'approved' && (
          <Text size="sm" fw={500}>
            {t('stories:card.reach', { shares: story.reach.shares, clicks: story.reach.clicks })}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}
