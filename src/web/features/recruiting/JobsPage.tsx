import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useJobActions, useJobs } from './api';
import { contractKeys, jobStatusKeys } from './labels';

/** HR's openings: open, close, put in the employee feed, see the public page and the candidates. */
export function JobsPage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <Jobs />
    </RequirePermission>
  );
}

function Jobs() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const list = useJobs();
  const { status, promote } = useJobActions();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('recruiting:jobs.title')}</Title>
        <Button component={Link} to="/recruiting/jobs/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('recruiting:jobs.new')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error ?? status.error ?? promote.error} />
      {list.data?.jobs.length === 0 && (
        <EmptyState icon={<IconBriefcase size={24} aria-hidden />} title={t('recruiting:jobs.empty')} />
      )}
      {list.data?.jobs.map((j) => (
        <Card key={j.id} withBorder padding="sm">
          <Stack gap={6}>
            <Group gap={6} wrap="wrap">
              <Text fw={600}>{i18n.language === 'en' ? j.titleEn : j.titleIt}</Text>
              <Badge color={j.status === 'open' ? 'teal.9' : 'gray.7'}>{t(jobStatusKeys[j.status])}</Badge>
            </Group>
            <Text size="sm" c="gray.7">
              {j.department} · {j.site} · {t(contractKeys[j.contractType])} ·{' '}
              {t('recruiting:jobs.closes', { day: fmt.date(j.closesOn) })}
            </Text>
            <Text size="sm">{t('recruiting:jobs.applications', { count: j.applications })}</Text>
            <Group gap="xs" wrap="wrap">
              <Button component={Link} to={`/recruiting/jobs/${j.id}`} size="xs" variant="default">
                {t('recruiting:jobs.edit')}
              </Button>
              {j.status !== 'open' && (
                <Button size="xs" onClick={() => status.mutate({ id: j.id, status: 'open' })}>
                  {t('recruiting:jobs.open')}
                </Button>
              )}
              {j.status === 'open' && (
                <Button size="xs" variant="default" onClick={() => status.mutate({ id: j.id, status: 'closed' })}>
                  {t('recruiting:jobs.close')}
                </Button>
              )}
              {j.status === 'open' && !j.postId && (
                <Button size="xs" variant="light" onClick={() => promote.mutate(j.id)}>
                  {t('recruiting:jobs.promote')}
                </Button>
              )}
              <Button component={Link} to={`/recruiting/pipeline?job=${j.id}`} size="xs" variant="subtle">
                {t('recruiting:jobs.candidates')}
              </Button>
              <Button component={Link} to={`/recruiting/jobs/${j.id}/interview`} size="xs" variant="subtle">
                {t('recruiting:jobs.interview')}
              </Button>
              <Button component={Link} to={`/recruiting/jobs/${j.id}/shortlist`} size="xs" variant="subtle">
                {t('recruiting:jobs.shortlist')}
              </Button>
              {j.status !== 'draft' && (
                <Anchor href={j.publicUrl} target="_blank" rel="noopener" size="sm">
                  {t('recruiting:jobs.publicPage')}
                </Anchor>
              )}
            </Group>
            {j.postId && (
              <Text size="xs" c="gray.7">
                {t('recruiting:jobs.inFeed')}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
