import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../lib/me';
import { useEvent } from './api';
import { Gallery } from './Gallery';
import { descriptionIn, placeOf, statusKeys, titleIn, typeLabel, whenOf } from './labels';
import { RegistrationPanel } from './RegistrationPanel';

/** One event: what, when (in its zone), where, seats; my registration; afterwards its gallery of stories. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const me = useMe();
  const q = useEvent(id);
  const e = q.data;
  return (
    <Stack maw={720} mx="auto" gap="md">
      {q.isLoading && <Loading />}
      <ErrorAlert error={q.error} />
      {e && (
        <>
          <Group gap={6}>
            <Badge color="grape.9">{typeLabel(t, e.type)}</Badge>
            {e.status !== 'published' && <Badge color="gray.8">{t(statusKeys[e.status])}</Badge>}
          </Group>
          <Title order={2}>{titleIn(i18n.language, e)}</Title>
          <Text>{whenOf(i18n.language, e)}</Text>
          {placeOf(e) && <Text c="gray.7">{placeOf(e)}</Text>}
          <Text size="sm" c="gray.7">
            {t('events:seats', { confirmed: e.confirmed, capacity: e.capacity })}
            {e.waiting > 0 ? ` · ${t('events:waitingCount', { count: e.waiting })}` : ''}
          </Text>
          {descriptionIn(i18n.language, e) && <Text style={{ whiteSpace: 'pre-wrap' }}>{descriptionIn(i18n.language, e)}</Text>}
          <RegistrationPanel event={e} />
          {hasPermission(me.data, 'events.manage') && (
            <Group gap="sm">
              <Button component={Link} to={`/events/manage/${e.id}`} variant="default">
                {t('events:manage.edit')}
              </Button>
              <Button component={Link} to={`/events/manage/${e.id}/registrations`} variant="default">
                {t('events:manage.registrations')}
              </Button>
              <Button component={Link} to={`/events/manage/${e.id}/check-in`} variant="default">
                {t('events:manage.checkIn')}
              </Button>
            </Group>
          )}
          <Gallery event={e} />
        </>
      )}
    </Stack>
  );
}
