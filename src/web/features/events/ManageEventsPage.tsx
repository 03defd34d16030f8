import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useManagedEvents, useMeasures } from './api';
import { statusKeys, titleIn, typeLabel, whenOf } from './labels';

/** Organisers' list: every event with its seats and waiting list, links to edit, registrations and check-in; measures. */
export function ManageEventsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const list = useManagedEvents();
  const measures = useMeasures();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('events:manage.title')}</Title>
        <Button component={Link} to="/events/manage/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('events:manage.new')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.events.map((e) => (
        <Stack key={e.id} gap={2} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
          <Anchor component={Link} to={`/events/${e.id}`} fw={600}>
            {titleIn(i18n.language, e)}
          </Anchor>
          <Text size="sm" c="gray.7">
            {typeLabel(t, e.type)} · {whenOf(i18n.language, e)} · {t(statusKeys[e.status])}
          </Text>
          <Text size="sm">
            {t('events:seats', { confirmed: e.confirmed, capacity: e.capacity })}
            {e.waiting > 0 ? ` · ${t('events:waitingCount', { count: e.waiting })}` : ''}
          </Text>
          <Group gap="sm">
            <Anchor component={Link} to={`/events/manage/${e.id}`} size="sm">
              {t('events:manage.edit')}
            </Anchor>
            <Anchor component={Link} to={`/events/manage/${e.id}/registrations`} size="sm">
              {t('events:manage.registrations')}
            </Anchor>
            <Anchor component={Link} to={`/events/manage/${e.id}/check-in`} size="sm">
              {t('events:manage.checkIn')}
            </Anchor>
          </Group>
        </Stack>
      ))}
      <Group justify="space-between" wrap="wrap" mt="md">
        <Title order={3} size="h4">
          {t('events:measures.title')}
        </Title>
        <Button
          component="a"
          href="/api/events/measures.csv"
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('events:measures.csv')}
        </Button>
      </Group>
      <ErrorAlert error={measures.error} />
      {measures.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events:measures.event')}</Table.Th>
                <Table.Th>{t('events:measures.registrations')}</Table.Th>
                <Table.Th>{t('events:measures.waiting')}</Table.Th>
                <Table.Th>{t('events:measures.attendance')}</Table.Th>
                <Table.Th>{t('events:measures.stories')}</Table.Th>
                <Table.Th>{t('events:measures.storyClicks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measures.data.events.map((m) => (
                <Table.Tr key={m.eventId}>
                  <Table.Td>{m.title}</Table.Td>
                  <Table.Td>
                    {m.registrations} / {m.capacity}
                  </Table.Td>
                  <Table.Td>{m.waiting}</Table.Td>
                  <Table.Td>{m.attendanceRate === null ? '—' : `${fmt.percent(m.attendanceRate)} (${m.attended})`}</Table.Td>
                  <Table.Td>{m.stories}</Table.Td>
                  <Table.Td>{m.storyClicks}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
