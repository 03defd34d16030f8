import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../lib/me';
import { RequirePermission } from '../../lib/RequirePermission';
import { useProgrammes } from './api';
import { RecognitionCard } from './RecognitionCard';

/** Comms and HR: every programme with its seats, members and candidates waiting for a decision. */
export function ProgrammeListPage() {
  return (
    <RequirePermission permission="programme.nominate">
      <List />
    </RequirePermission>
  );
}

function List() {
  const { t } = useTranslation();
  const me = useMe();
  const list = useProgrammes();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{t('ambassadors:list.title')}</Title>
          <Text size="sm" c="gray.7">
            {t('ambassadors:list.intro')}
          </Text>
        </div>
        {hasPermission(me.data, 'programme.manage') && (
          <Button component={Link} to="/programmes/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('ambassadors:list.new')}
          </Button>
        )}
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && (
        <EmptyState icon={<IconSpeakerphone size={24} aria-hidden />} title={t('ambassadors:list.empty')} />
      )}
      {list.data?.items.map((p) => (
        <Card
          key={p.id}
          withBorder
          padding="sm"
          component={Link}
          to={`/programmes/${p.id}`}
          aria-label={t('ambassadors:list.open', { name: p.name })}
        >
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Group gap={6}>
                <Text fw={600}>{p.name}</Text>
                <Badge color={p.open ? 'teal.9' : 'gray.7'}>
                  {p.open ? t('ambassadors:list.openBadge') : t('ambassadors:list.closedBadge')}
                </Badge>
              </Group>
              <Text size="sm" c="gray.7">
                {p.currentCohort ? t('ambassadors:list.cohort', { name: p.currentCohort.name }) : t('ambassadors:list.noCohort')}
              </Text>
            </div>
            <Text size="sm">
              {t('ambassadors:list.counts', { members: p.activeMembers, seats: p.seats, pending: p.pendingCandidates })}
            </Text>
          </Group>
        </Card>
      ))}
      {hasPermission(me.data, 'programme.manage') && <RecognitionCard />}
    </Stack>
  );
}
