import { Alert, Anchor, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../server/modules/training/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type TrainingDetailT, useLearnerActions } from './api';

const active = (s: string | undefined) => s === 'enrolled' || s === 'pending' || s === 'waitlisted';
const stateKeys = {
  enrolled: 'training:enrol.state.enrolled',
  pending: 'training:enrol.state.pending',
  waitlisted: 'training:enrol.state.waitlisted',
} as const;
const doneKeys = {
  enrolled: 'training:enrol.done.enrolled',
  pending: 'training:enrol.done.pending',
  waitlisted: 'training:enrol.done.waitlisted',
} as const;

/** Choose a session and enrol (or join its waiting list); once enrolled: the session, the calendar file, cancel. */
export function EnrolPanel({ training: d, via }: { training: TrainingDetailT; via: Channel }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actions = useLearnerActions(d.id);
  const now = Date.now();
  const open = d.sessions.filter((s) => new Date(s.startsAt).getTime() > now);
  const [sessionId, setSessionId] = useState<string>(open.find((s) => s.taken < s.seats)?.id ?? open[0]?.id ?? '');
  const e = d.enrolment;
  const mine = d.sessions.find((s) => s.id === e?.sessionId);
  if (e?.completedAt) return null;

  if (e && active(e.status))
    return (
      <Card withBorder padding="md" component="section" aria-labelledby="enrolment-title">
        <Stack gap="xs">
          <Title order={3} size="h5" id="enrolment-title">
            {t(stateKeys[e.status as keyof typeof stateKeys], { position: e.waitlistPosition ?? '' })}
          </Title>
          {mine && (
            <Text size="sm">
              {fmt.dateTime(mine.startsAt)} · {mine.place ?? mine.onlineUrl ?? ''}
            </Text>
          )}
          <Group gap="sm">
            {mine && (
              <Button
                component="a"
                href={`/api/training/enrolments/${e.id}/calendar.ics`}
                download
                variant="default"
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
              >
                {t('training:enrol.calendar')}
              </Button>
            )}
            <Button
              variant="subtle"
              color="red.9"
              c="red.9"
              loading={actions.cancel.isPending}
              onClick={() => actions.cancel.mutate(e.id)}
            >
              {t('training:enrol.cancel')}
            </Button>
          </Group>
          <ErrorAlert error={actions.cancel.error} />
        </Stack>
      </Card>
    );

  const chosen = d.sessions.find((s) => s.id === sessionId);
  const full = !!chosen && chosen.taken >= chosen.seats;
  const enrol = () =>
    actions.enrol.mutate(
      { sessionId: d.sessions.length ? sessionId : null, channel: via },
      {
        onSuccess: (r) =>
          notifications.show({ color: 'green', message: t(doneKeys[r.status as keyof typeof doneKeys] ?? doneKeys.enrolled) }),
      },
    );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="enrol-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="enrol-title">
          {t('training:enrol.title')}
        </Title>
        {d.sessions.length > 0 && open.length === 0 && <Text size="sm">{t('training:enrol.noSessions')}</Text>}
        {open.length > 0 && (
          <Radio.Group value={sessionId} onChange={setSessionId} label={t('training:enrol.chooseSession')}>
            <Stack gap="xs" mt="xs">
              {open.map((s) => (
                <Radio
                  key={s.id}
                  value={s.id}
                  label={`${fmt.dateTime(s.startsAt)} · ${s.place ?? s.onlineUrl ?? t('training:enrol.placeTbd')}`}
                  description={
                    s.taken >= s.seats
                      ? t('training:enrol.fullWaitlist', { count: s.waitlisted })
                      : t('training:enrol.seatsLeft', { count: s.seats - s.taken })
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {d.requiresApproval && <Alert color="gray">{t('training:enrol.approvalNote')}</Alert>}
        <ErrorAlert error={actions.enrol.error} />
        {(open.length > 0 || d.sessions.length === 0) && (
          <Group justify="flex-end">
            <Button onClick={enrol} loading={actions.enrol.isPending} disabled={d.sessions.length > 0 && !sessionId}>
              {full ? t('training:enrol.joinWaitlist') : t('training:enrol.submit')}
            </Button>
          </Group>
        )}
        {e?.status === 'declined' && (
          <Text size="sm" c="gray.7">
            {t('training:enrol.wasDeclined')}
          </Text>
        )}
        {d.elearningUrl && d.sessions.length === 0 && (
          <Anchor href={d.elearningUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('training:detail.elearning')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
