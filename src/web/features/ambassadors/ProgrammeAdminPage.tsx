import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { lazyPage } from '../../lib/lazy-page';
import { hasPermission, useMe } from '../../lib/me';
import { RequirePermission } from '../../lib/RequirePermission';
import { useProgramme } from './api';

const Candidates = lazyPage(() => import('./CandidatesPanel').then((m) => m.CandidatesPanel));
const Members = lazyPage(() => import('./MembersPanel').then((m) => m.MembersPanel));
const Guidelines = lazyPage(() => import('./GuidelinesEditor').then((m) => m.GuidelinesEditor));
const Rotation = lazyPage(() => import('./RotationPanel').then((m) => m.RotationPanel));
const Dashboard = lazyPage(() => import('./DashboardPanel').then((m) => m.DashboardPanel));

/** One programme for comms, HR and reviewers: screening, members, guidelines, rotation and the dashboard. */
export function ProgrammeAdminPage() {
  return (
    <RequirePermission permission="programme.nominate">
      <Admin />
    </RequirePermission>
  );
}

function Admin() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const programme = useProgramme(id);
  const p = programme.data;
  if (programme.isLoading) return <Loading />;
  const manage = hasPermission(me.data, 'programme.manage');
  const review = hasPermission(me.data, 'programme.review');
  return (
    <Stack maw={960} mx="auto" gap="md">
      <ErrorAlert error={programme.error} />
      {p && (
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={2}>{p.name}</Title>
            <Text size="sm" c="gray.7">
              {t('ambassadors:list.counts', { members: p.activeMembers, seats: p.seats, pending: p.pendingCandidates })}
            </Text>
          </div>
          {manage && (
            <Button component={Link} to={`/programmes/${id}/edit`} variant="default">
              {t('ambassadors:admin.edit')}
            </Button>
          )}
        </Group>
      )}
      {p && (
        <Tabs defaultValue={review ? 'candidates' : 'dashboard'} keepMounted={false}>
          <Tabs.List>
            {review && <Tabs.Tab value="candidates">{t('ambassadors:admin.tabs.candidates')}</Tabs.Tab>}
            <Tabs.Tab value="members">{t('ambassadors:admin.tabs.members')}</Tabs.Tab>
            {manage && <Tabs.Tab value="guidelines">{t('ambassadors:admin.tabs.guidelines')}</Tabs.Tab>}
            {manage && <Tabs.Tab value="rotation">{t('ambassadors:admin.tabs.rotation')}</Tabs.Tab>}
            <Tabs.Tab value="dashboard">{t('ambassadors:admin.tabs.dashboard')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="candidates" pt="md">
            <Candidates programme={p} />
          </Tabs.Panel>
          <Tabs.Panel value="members" pt="md">
            <Members programme={p} manage={manage} />
          </Tabs.Panel>
          <Tabs.Panel value="guidelines" pt="md">
            <Guidelines programmeId={id} />
          </Tabs.Panel>
          <Tabs.Panel value="rotation" pt="md">
            <Rotation programme={p} />
          </Tabs.Panel>
          <Tabs.Panel value="dashboard" pt="md">
            <Dashboard programmeId={id} manage={manage} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
