import { Anchor, Badge, Button, Code, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { useManageActions, useManaged, useSettings } from './api';
import { CampaignPanel } from './CampaignPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SessionsPanel } from './SessionsPanel';
import { TrainingEditor } from './TrainingEditor';

const statusKeys = {
  draft: 'training:status.draft',
  published: 'training:status.published',
  archived: 'training:status.archived',
} as const;
const statusColors = { draft: 'gray.7', published: 'teal.9', archived: 'dark.6' } as const;

/** L&D's page for one training: the offer, its sessions, its campaign, who enrolled, and what learners said. */
export function TrainingEditorPage() {
  return (
    <RequirePermission permission="training.manage">
      <Editor />
    </RequirePermission>
  );
}

function Editor() {
  const { id } = useParams();
  const { t } = useTranslation();
  const training = useManaged(id);
  const settings = useSettings();
  const { status } = useManageActions();
  const currency = settings.data?.currency ?? 'EUR';
  if (!id)
    return (
      <Stack maw={960} mx="auto" gap="md">
        <Anchor component={Link} to="/training/manage" size="sm">
          {t('training:manage.back')}
        </Anchor>
        <Title order={2}>{t('training:manage.new')}</Title>
        <TrainingEditor currency={currency} />
      </Stack>
    );
  if (training.isLoading) return <Loading />;
  if (!training.data) return <ErrorAlert error={training.error} />;
  const d = training.data;
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to="/training/manage" size="sm">
        {t('training:manage.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={2}>{d.title}</Title>
          <Badge color={statusColors[d.status]}>{t(statusKeys[d.status])}</Badge>
        </Group>
        <Group gap="xs">
          {d.status !== 'published' && (
            <Button onClick={() => status.mutate({ id: d.id, to: 'publish' })} loading={status.isPending}>
              {t('training:manage.publish')}
            </Button>
          )}
          {d.status !== 'archived' && (
            <Button variant="default" onClick={() => status.mutate({ id: d.id, to: 'archive' })} loading={status.isPending}>
              {t('training:manage.archive')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={status.error} />
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('training:tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="sessions">{t('training:tabs.sessions', { count: d.sessions.length })}</Tabs.Tab>
          <Tabs.Tab value="campaign">{t('training:tabs.campaign')}</Tabs.Tab>
          <Tabs.Tab value="participants">{t('training:tabs.participants')}</Tabs.Tab>
          <Tabs.Tab value="feedback">{t('training:tabs.feedback')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Text size="xs" c="gray.7" mb="sm">
            {t('training:form.activityId')} <Code>{d.activityId}</Code>
          </Text>
          <TrainingEditor key={d.id} training={d} currency={currency} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsPanel training={d} />
        </Tabs.Panel>
        <Tabs.Panel value="campaign" pt="md">
          <CampaignPanel training={d} />
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="md">
          <ParticipantsPanel training={d} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="md">
          <FeedbackPanel training={d} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
