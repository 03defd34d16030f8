import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useManagedList } from './api';
import { kindLabel, motivationColor, motivationLabel } from './labels';

const statusKeys = {
  draft: 'training:status.draft',
  published: 'training:status.published',
  archived: 'training:status.archived',
} as const;

/** L&D's offer: every training with its next session and how many are enrolled, waiting and done. */
export function ManageListPage() {
  return (
    <RequirePermission permission="training.manage">
      <ManageList />
    </RequirePermission>
  );
}

function ManageList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useManagedList();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{t('training:manage.title')}</Title>
          <Text size="sm" c="gray.7">
            {t('training:manage.intro')}
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to="/training/completions" variant="default">
            {t('training:manage.completions')}
          </Button>
          <Button component={Link} to="/training/manage/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('training:manage.new')}
          </Button>
        </Group>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && (
        <EmptyState icon={<IconSchool size={24} aria-hidden />} title={t('training:manage.empty')} />
      )}
      {list.data?.items.map((i) => (
        <Card
          key={i.id}
          withBorder
          padding="sm"
          component={Link}
          to={`/training/manage/${i.id}`}
          aria-label={t('training:manage.openLabel', { title: i.title })}
        >
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Group gap={6}>
                <Text fw={600}>{i.title}</Text>
                <Badge color={i.status === 'published' ? 'teal.9' : 'gray.7'}>{t(statusKeys[i.status])}</Badge>
              </Group>
              <Text size="sm" c="gray.7">
                {kindLabel(t, i.kind)}
                {i.nextSessionAt ? ` · ${t('training:card.next', { date: fmt.dateTime(i.nextSessionAt) })}` : ''}
              </Text>
            </div>
            <Group gap="xs">
              <Badge color={motivationColor[i.motivation]}>{motivationLabel(t, i.motivation)}</Badge>
              <Text size="sm">
                {t('training:manage.counts', { enrolled: i.enrolled, waitlisted: i.waitlisted, completed: i.completed })}
              </Text>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
