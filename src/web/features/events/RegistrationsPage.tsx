import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useEvent, useRegistrations } from './api';
import { regStateKeys, titleIn } from './labels';

const colors = { confirmed: 'teal.9', waiting: 'orange.9', cancelled: 'gray.8' } as const;

/** The organiser's view of an event's people: confirmed (and checked in), the waiting list in order, cancellations. */
export function RegistrationsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const e = useEvent(id);
  const regs = useRegistrations(id);
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{e.data ? titleIn(i18n.language, e.data) : t('events:manage.registrations')}</Title>
      {regs.isLoading && <Loading />}
      <ErrorAlert error={regs.error} />
      {regs.data?.registrations.length === 0 && <Text c="gray.7">{t('events:manage.noRegistrations')}</Text>}
      {regs.data?.registrations.map((r) => (
        <Card key={r.id} withBorder padding="xs">
          <Group justify="space-between" wrap="wrap" gap={6}>
            <Text fw={600}>{r.name}</Text>
            <Badge color={colors[r.status]}>
              {r.status === 'waiting'
                ? t('events:state.waiting', { position: r.waitingPosition ?? '' })
                : t(regStateKeys[r.status])}
            </Badge>
          </Group>
          <Text size="xs" c="gray.7">
            {r.department ?? ''}
            {r.checkedInAt ? ` · ${t('events:manage.checkedInAt', { when: fmt.dateTime(r.checkedInAt) })}` : ''}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
