import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { reach, useTraining } from './api';
import { Changes } from './Changes';
import { EnrolPanel } from './EnrolPanel';
import { FeedbackForm } from './FeedbackForm';
import { motivationColor, motivationLabel } from './labels';
import { Endorsement, Proposition } from './Proposition';

const channelsFromLinks = ['feed', 'email', 'poster', 'advocacy', 'nudge'] as const;
type Via = (typeof channelsFromLinks)[number] | 'catalogue';

/** One training for the learner: why it matters to them, their manager's word, sessions, enrolment, feedback. */
export function TrainingPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const training = useTraining(id);
  const viaParam = params.get('via');
  const via: Via = (channelsFromLinks as readonly string[]).includes(viaParam ?? '') ? (viaParam as Via) : 'catalogue';
  useEffect(() => {
    if (via === 'feed' || via === 'email') reach(id, via, 'open');
  }, [id, via]);
  if (training.isLoading) return <Loading />;
  if (!training.data) return <ErrorAlert error={training.error} />;
  const d = training.data;
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Stack gap={6}>
        <Group gap={6}>
          <Badge color={motivationColor[d.motivation]}>{motivationLabel(t, d.motivation)}</Badge>
          <Text size="sm" c="gray.7">
            {t('training:card.hours', { count: d.durationHours })}
            {d.dueDate && ` · ${t('training:detail.due', { date: fmt.date(d.dueDate) })}`}
          </Text>
        </Group>
        <Title order={2}>{d.title}</Title>
      </Stack>
      {d.overdue && d.dueDate && (
        <Alert color="red" title={t('training:detail.overdueTitle')}>
          {t('training:card.overdue', { date: fmt.date(d.dueDate) })}
        </Alert>
      )}
      {!d.eligible && !d.enrolment && <Alert color="gray">{t('training:detail.notForYou')}</Alert>}
      {d.proposition && (
        <Card withBorder padding="md">
          <Title order={3} size="h5" mb="xs">
            {t('training:detail.whyYou')}
          </Title>
          <Proposition p={d.proposition} />
        </Card>
      )}
      {d.endorsement && <Endorsement e={d.endorsement} />}
      {d.nudge && (
        <Alert color="indigo" variant="light" title={t('training:detail.nudgeTitle', { name: d.nudge.managerName })}>
          {d.nudge.message}
        </Alert>
      )}
      {d.motivation === 'mandatory' && d.organisationalNeed && (
        <Card withBorder padding="md">
          <Title order={3} size="h5" mb={4}>
            {t('training:detail.need')}
          </Title>
          <Text size="sm">{d.organisationalNeed}</Text>
        </Card>
      )}
      {d.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {d.description}
        </Text>
      )}
      {d.elearningUrl && (
        <Anchor href={d.elearningUrl} target="_blank" rel="noopener noreferrer">
          {t('training:detail.elearning')}
        </Anchor>
      )}
      {(d.eligible || d.enrolment) && <EnrolPanel training={d} via={via} />}
      {d.enrolment?.completedAt && <FeedbackForm training={d} />}
      <Changes changes={d.changes} />
    </Stack>
  );
}
