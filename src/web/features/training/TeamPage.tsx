import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { useTeam } from './api';
import { motivationColor, motivationLabel, teamStatusLabel } from './labels';

/** The manager kit: every training my team is offered, where they stand, and whether I promoted it. */
export function TeamPage() {
  return (
    <RequirePermission permission="training.team">
      <Team />
    </RequirePermission>
  );
}

function Team() {
  const { t } = useTranslation();
  const team = useTeam();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('training:team.title')}</Title>
        <Text c="gray.7" size="sm">
          {t('training:team.intro')}
        </Text>
      </div>
      {team.isLoading && <Loading />}
      <ErrorAlert error={team.error} />
      {team.data && team.data.items.length === 0 && (
        <EmptyState icon={<IconUsersGroup size={24} aria-hidden />} title={t('training:team.empty')}>
          {t('training:team.emptyBody', { count: team.data.teamSize })}
        </EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {team.data?.items.map((i) => (
          <Card key={i.id} withBorder padding="md" component="article" aria-labelledby={`team-${i.id}`}>
            <Stack gap="xs">
              <Group gap={6}>
                <Badge color={motivationColor[i.motivation]}>{motivationLabel(t, i.motivation)}</Badge>
                {i.endorsed ? <Badge color="indigo.8">{t('training:team.endorsedBadge')}</Badge> : null}
              </Group>
              <Title order={3} size="h4" id={`team-${i.id}`}>
                {i.title}
              </Title>
              <Text size="sm">
                {t('training:team.summary', {
                  eligible: i.counts.eligible,
                  enrolled: i.counts.enrolled + i.counts.pending + i.counts.waitlisted,
                  completed: i.counts.completed,
                })}
              </Text>
              {i.counts.overdue > 0 && (
                <Text size="sm" c="red.9" fw={600}>
                  {teamStatusLabel(t, 'overdue')}: {i.counts.overdue}
                </Text>
              )}
              {i.counts.pending > 0 && (
                <Text size="sm" c="violet.9" fw={600}>
                  {t('training:team.toApprove', { count: i.counts.pending })}
                </Text>
              )}
              {i.managerProposition && (
                <Text size="sm" c="gray.7">
                  {t('training:team.gains', { benefits: i.managerProposition.benefits })}
                </Text>
              )}
              <Group justify="flex-end">
                <Button
                  component={Link}
                  to={`/training/team/${i.id}`}
                  variant={i.endorsed ? 'default' : 'filled'}
                  aria-label={t('training:team.openLabel', { title: i.title })}
                >
                  {i.endorsed ? t('training:team.open') : t('training:team.promote')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
