import { Button, Group, Stack, Title } from '@mantine/core';
import { IconArrowsExchange, IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useEvents } from './api';
import { EventCard } from './EventCard';
import { isPast } from './labels';

/** Events for me: upcoming ones aimed at me, then recent ones I took part in. */
export function EventsPage() {
  const { t } = useTranslation();
  const list = useEvents('all');
  const upcoming = list.data?.events.filter((e) => !isPast(e)) ?? [];
  const past = list.data?.events.filter(isPast) ?? [];
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('events:title')}</Title>
        <Button component={Link} to="/events/swaps" variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />}>
          {t('events:swap.link')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data && upcoming.length === 0 && (
        <EmptyState icon={<IconCalendarEvent size={24} aria-hidden />} title={t('events:empty')} />
      )}
      {upcoming.map((e) => (
        <EventCard key={e.id} event={e} />
      ))}
      {past.length > 0 && (
        <Title order={3} size="h4">
          {t('events:past')}
        </Title>
      )}
      {past.map((e) => (
        <EventCard key={e.id} event={e} />
      ))}
    </Stack>
  );
}
