import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useTeamTraining } from './api';
import { EndorseForm } from './EndorseForm';
import { motivationColor, motivationLabel } from './labels';
import { TeamGains } from './TeamGains';
import { TeamMembers } from './TeamMembers';

/** One training in the manager kit: what my team gains, my endorsement, each person's status, nudges, approvals. */
export function TeamTrainingPage() {
  return (
    <RequirePermission permission="training.team">
      <TeamTraining />
    </RequirePermission>
  );
}

function TeamTraining() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useTeamTraining(id);
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const d = q.data;
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to="/training/team" size="sm">
        {t('training:team.back')}
      </Anchor>
      <Stack gap={6}>
        <Group gap={6}>
          <Badge color={motivationColor[d.motivation]}>{motivationLabel(t, d.motivation)}</Badge>
          {d.dueDate && (
            <Text size="sm" c="gray.7">
              {t('training:detail.due', { date: fmt.date(d.dueDate) })}
            </Text>
          )}
        </Group>
        <Title order={2}>{d.title}</Title>
      </Stack>
      <TeamGains training={d} />
      <EndorseForm training={d} />
      <TeamMembers training={d} />
    </Stack>
  );
}
