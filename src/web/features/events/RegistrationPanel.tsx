import { Alert, Button, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type EventViewT, useRegistrationActions } from './api';
import { isPast } from './labels';

/** Register (or join the waiting list); once registered: my state, the calendar file, my QR code, cancel. */
export function RegistrationPanel({ event: e }: { event: EventViewT }) {
  const { t } = useTranslation();
  const actions = useRegistrationActions(e.id);
  const mine = e.mine;
  const error = <ErrorAlert error={actions.register.error ?? actions.cancel.error} />;
  if (mine)
    return (
      <Card withBorder padding="md" component="section" aria-labelledby="registration-title">
        <Stack gap="xs">
          <Title order={3} size="h5" id="registration-title">
            {mine.status === 'confirmed'
              ? t('events:state.confirmedLong')
              : t('events:state.waitingLong', { position: mine.waitingPosition ?? '' })}
          </Title>
          {mine.status === 'waiting' && <Text size="sm">{t('events:waitingHelp')}</Text>}
          {mine.qrDataUrl && (
            <Stack gap={4} align="center">
              <Image src={mine.qrDataUrl} alt={t('events:qr.alt')} w={200} h={200} />
              <Text ff="monospace" fw={700} size="lg" data-testid="checkin-code">
                {mine.checkinCode}
              </Text>
              <Text size="xs" c="gray.7">
                {mine.checkedInAt ? t('events:qr.done') : t('events:qr.help')}
              </Text>
            </Stack>
          )}
          <Group gap="sm">
            <Button
              component="a"
              href={`/api/events/registrations/${mine.id}/calendar.ics`}
              download
              variant="default"
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
            >
              {t('events:calendar')}
            </Button>
            {!isPast(e) && (
              <Button
                variant="subtle"
                color="red.9"
                c="red.9"
                loading={actions.cancel.isPending}
                onClick={() => actions.cancel.mutate(mine.id)}
              >
                {t('events:cancel')}
              </Button>
            )}
          </Group>
          {error}
        </Stack>
      </Card>
    );
  if (!e.registrationOpen) return <Alert color="gray">{t('events:closed')}</Alert>;
  const full = e.confirmed >= e.capacity;
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        {full && <Text size="sm">{t('events:fullHelp')}</Text>}
        <Button loading={actions.register.isPending} onClick={() => actions.register.mutate()}>
          {full ? t('events:joinWaiting') : t('events:register')}
        </Button>
        {error}
      </Stack>
    </Card>
  );
}
