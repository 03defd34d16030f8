import { Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventViewT } from './api';
import { placeOf, titleIn, typeLabel, whenOf } from './labels';

/** One event in a list or on the feed: type, title, when and where, seats and my state. */
export function EventCard({ event: e }: { event: EventViewT }) {
  const { t, i18n } = useTranslation();
  const full = e.confirmed >= e.capacity;
  return (
    <Card withBorder padding="sm" component={Link} to={`/events/${e.id}`}>
      <Group gap={6} wrap="wrap">
        <Badge color="grape.9">{typeLabel(t, e.type)}</Badge>
        {e.mine?.status === 'confirmed' && <Badge color="teal.9">{t('events:state.confirmed')}</Badge>}
        {e.mine?.status === 'waiting' && (
          <Badge color="orange.9">{t('events:state.waiting', { position: e.mine.waitingPosition ?? '' })}</Badge>
        )}
        {!e.mine && full && <Badge color="gray.8">{t('events:full')}</Badge>}
      </Group>
      <Text fw={600} mt={4}>
        {titleIn(i18n.language, e)}
      </Text>
      <Text size="sm" c="gray.7">
        {whenOf(i18n.language, e)}
      </Text>
      {placeOf(e) && (
        <Text size="sm" c="gray.7">
          {placeOf(e)}
        </Text>
      )}
      <Text size="xs" c="gray.7" mt={4}>
        {t('events:seats', { confirmed: e.confirmed, capacity: e.capacity })}
        {e.waiting > 0 ? ` · ${t('events:waitingCount', { count: e.waiting })}` : ''}
      </Text>
    </Card>
  );
}
