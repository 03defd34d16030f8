import { Badge, Card, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { type ManagedTrainingT, useParticipants } from './api';
import { channelLabel } from './labels';

const statusKeys = {
  pending: 'training:participants.status.pending',
  enrolled: 'training:participants.status.enrolled',
  waitlisted: 'training:participants.status.waitlisted',
  cancelled: 'training:participants.status.cancelled',
  declined: 'training:participants.status.declined',
} as const;
const sourceKeys = {
  checkin: 'training:participants.source.checkin',
  csv: 'training:participants.source.csv',
  xapi: 'training:participants.source.xapi',
} as const;

/** Who enrolled, in which session, how they completed (check-in, LMS file, xAPI) and which channel brought them. */
export function ParticipantsPanel({ training: d }: { training: ManagedTrainingT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useParticipants(d.id);
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const sessionOf = (id: string | null) => d.sessions.find((s) => s.id === id);
  if (q.data.items.length === 0) return <Text size="sm">{t('training:participants.none')}</Text>;
  return (
    <Card withBorder padding="md">
      <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('training:tabs.participants') }}>
        <Table striped miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training:participants.name')}</Table.Th>
              <Table.Th>{t('training:participants.session')}</Table.Th>
              <Table.Th>{t('training:participants.state')}</Table.Th>
              <Table.Th>{t('training:participants.channel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((p) => {
              const s = sessionOf(p.sessionId);
              return (
                <Table.Tr key={p.enrolmentId}>
                  <Table.Td>
                    <Text size="sm">{p.name}</Text>
                    <Text size="xs" c="gray.7">
                      {p.department ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {s ? (
                      <Text size="sm" component={Link} to={`/training/sessions/${s.id}`} td="underline">
                        {fmt.dateTime(s.startsAt)}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {p.completedAt ? (
                      <Badge color="teal.9">
                        {t('training:participants.completed', { date: fmt.date(p.completedAt) })}
                        {p.completionSource && ` · ${t(sourceKeys[p.completionSource])}`}
                      </Badge>
                    ) : (
                      <Badge color="gray.7">{t(statusKeys[p.status])}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{p.channel ? channelLabel(t, p.channel) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Card>
  );
}
