import { Anchor, Group, Stack, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEvents } from './api';
import { EventCard } from './EventCard';
import { isPast } from './labels';

/**
 * On the feed: the next events aimed at me (up to two), and those I attended in the last week with the invitation to
 * tell them in a story. Nothing when there is none.
 */
export function EventsFeedSection() {
  const { t } = useTranslation();
  const list = useEvents('upcoming');
  const all = list.data?.events ?? [];
  const shown = [...all.filter(isPast).slice(0, 1), ...all.filter((e) => !isPast(e)).slice(0, 2)];
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="events-feed-title">
      <Group gap={6}>
        <IconCalendarEvent size={20} aria-hidden />
        <Title order={2} size="h4" id="events-feed-title">
          {t('events:feed.title')}
        </Title>
      </Group>
      {shown.map((e) => (
        <Stack key={e.id} gap={4}>
          <EventCard event={e} />
          {isPast(e) && (
            <Anchor component={Link} to={`/stories/new?event=${e.id}`} size="sm">
              {t('events:gallery.tell')}
            </Anchor>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
