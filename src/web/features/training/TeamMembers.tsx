import { Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type TeamTrainingT, useTeamActions } from './api';
import { teamStatusColor, teamStatusLabel } from './labels';

type Member = TeamTrainingT['members'][number];

/** My team on one training: status per person, approvals waiting for me, a nudge to those who have not started. */
export function TeamMembers({ training: d }: { training: TeamTrainingT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { nudge, decide } = useTeamActions(d.id);
  const [target, setTarget] = useState<Member | null>(null);
  const [message, setMessage] = useState('');
  const openNudge = (m: Member) => {
    nudge.reset();
    setMessage(t('training:nudge.default', { name: m.name.split(' ')[0], title: d.title }));
    setTarget(m);
  };
  const send = () =>
    target &&
    nudge.mutate(
      { personId: target.personId, message },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('training:nudge.sent', { name: target.name }) });
          setTarget(null);
        },
      },
    );
  const later = (m: Member) => !!m.nudgeAvailableAt && new Date(m.nudgeAvailableAt).getTime() > Date.now();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="members-title">
      <Title order={3} size="h5" id="members-title" mb="sm">
        {t('training:team.members', { count: d.counts.eligible })}
      </Title>
      <Stack gap="xs">
        {d.members.map((m) => (
          <Group
            key={m.personId}
            justify="space-between"
            wrap="wrap"
            gap="xs"
            py={4}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <div>
              <Text size="sm" fw={600}>
                {m.name}
              </Text>
              <Text size="xs" c="gray.7">
                {[m.jobTitle, m.population, m.direct ? null : t('training:team.indirect')].filter(Boolean).join(' · ')}
                {m.sessionAt && ` · ${fmt.dateTime(m.sessionAt)}`}
              </Text>
            </div>
            <Group gap="xs">
              <Badge color={teamStatusColor[m.status]}>{teamStatusLabel(t, m.status)}</Badge>
              {m.canDecide && m.enrolmentId && (
                <>
                  <Button size="compact-sm" onClick={() => decide.mutate({ id: m.enrolmentId as string, decision: 'approve' })}>
                    {t('training:team.approve')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => decide.mutate({ id: m.enrolmentId as string, decision: 'decline' })}
                  >
                    {t('training:team.decline')}
                  </Button>
                </>
              )}
              {(m.status === 'not_started' || m.status === 'overdue') &&
                (later(m) ? (
                  <Text size="xs" c="gray.7">
                    {t('training:nudge.nextOn', { date: fmt.date(m.nudgeAvailableAt as string) })}
                  </Text>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => openNudge(m)}
                    aria-label={t('training:nudge.openLabel', { name: m.name })}
                  >
                    {t('training:nudge.open')}
                  </Button>
                ))}
            </Group>
          </Group>
        ))}
      </Stack>
      <ErrorAlert error={decide.error} />
      <Modal opened={!!target} onClose={() => setTarget(null)} title={t('training:nudge.title', { name: target?.name ?? '' })}>
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            {t('training:nudge.hint')}
          </Text>
          <Textarea
            label={t('training:nudge.message')}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={3}
          />
          <ErrorAlert error={nudge.error} />
          <Group justify="flex-end">
            <Button onClick={send} loading={nudge.isPending} disabled={!message.trim()}>
              {t('training:nudge.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
