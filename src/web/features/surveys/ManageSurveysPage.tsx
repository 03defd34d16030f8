import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMessageQuestion, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { useManageSurvey, useSurveys } from './api';

const statusKeys = { draft: 'surveys:status.draft', active: 'surveys:status.active', closed: 'surveys:status.closed' } as const;

/** HR's surveys and pulses: publish a draft, close a round, open the results. */
export function ManageSurveysPage() {
  return (
    <RequirePermission permission="surveys.manage">
      <ManageSurveys />
    </RequirePermission>
  );
}

function ManageSurveys() {
  const { t } = useTranslation();
  const list = useSurveys();
  const act = useManageSurvey();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('surveys:manage.title')}</Title>
        <Button component={Link} to="/surveys/manage/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('surveys:manage.new')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error ?? act.publish.error ?? act.close.error} />
      {list.data?.items.length === 0 && (
        <EmptyState icon={<IconMessageQuestion size={24} aria-hidden />} title={t('surveys:manage.empty')} />
      )}
      {list.data?.items.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Stack gap={6}>
            <Group gap={6} wrap="wrap">
              <Text fw={600}>{s.title}</Text>
              <Badge color={s.status === 'active' ? 'teal.9' : 'gray.7'}>{t(statusKeys[s.status])}</Badge>
              <Badge color={s.anonymous ? 'teal.9' : 'blue.9'}>{t(s.anonymous ? 'surveys:anonymous' : 'surveys:named')}</Badge>
            </Group>
            {s.currentRound && (
              <Text size="sm" c="gray.7">
                {t('surveys:manage.responses', { n: s.currentRound.responses, of: s.currentRound.audienceSize })}
              </Text>
            )}
            <Group gap="xs">
              {s.status !== 'draft' && (
                <Button
                  component={Link}
                  to={`/surveys/manage/${s.id}/results`}
                  size="xs"
                  variant="default"
                  aria-label={t('surveys:manage.resultsOf', { title: s.title })}
                >
                  {t('surveys:manage.results')}
                </Button>
              )}
              {s.status === 'draft' && (
                <Button
                  component={Link}
                  to={`/surveys/manage/${s.id}/edit`}
                  size="xs"
                  variant="default"
                  aria-label={t('surveys:manage.editOf', { title: s.title })}
                >
                  {t('surveys:manage.edit')}
                </Button>
              )}
              {s.status === 'draft' && (
                <Button size="xs" onClick={() => act.publish.mutate(s.id)} loading={act.publish.isPending}>
                  {t('surveys:manage.publish')}
                </Button>
              )}
              {s.status === 'active' && (
                <Button size="xs" variant="default" onClick={() => act.close.mutate(s.id)} loading={act.close.isPending}>
                  {t('surveys:manage.close')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
