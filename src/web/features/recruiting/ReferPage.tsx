import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useMyReferrals, useOpenJobs } from './api';
import { referralStatusKeys, stageKeys } from './labels';
import { ReferForm } from './ReferForm';

/** For every employee: the open jobs to share or to refer someone for, and how my referrals are doing. */
export function ReferPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const jobs = useOpenJobs();
  const mine = useMyReferrals();
  const [referring, setReferring] = useState<string | null>(null);
  return (
    <Stack maw={760} mx="auto" gap="md">
      <Title order={2}>{t('recruiting:refer.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('recruiting:refer.intro')}
      </Text>
      {(jobs.isLoading || mine.isLoading) && <Loading />}
      <ErrorAlert error={jobs.error ?? mine.error} />
      {jobs.data?.jobs.length === 0 && (
        <EmptyState icon={<IconBriefcase size={24} aria-hidden />} title={t('recruiting:refer.noJobs')} />
      )}
      {jobs.data?.jobs.map((j) => (
        <Card key={j.id} withBorder padding="sm">
          <Stack gap={6}>
            <Text fw={600}>{j.title}</Text>
            <Text size="sm" c="gray.7">
              {j.department} · {j.site} · {t('recruiting:jobs.closes', { day: fmt.date(j.closesOn) })}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Button size="xs" onClick={() => setReferring(referring === j.id ? null : j.id)}>
                {t('recruiting:refer.refer')}
              </Button>
              {j.postId ? (
                <Button component={Link} to={`/feed/${j.postId}`} size="xs" variant="light">
                  {t('recruiting:refer.share')}
                </Button>
              ) : null}
              <Button component="a" href={j.publicUrl} target="_blank" rel="noopener" size="xs" variant="subtle">
                {t('recruiting:jobs.publicPage')}
              </Button>
            </Group>
            {referring === j.id && <ReferForm jobId={j.id} onDone={() => setReferring(null)} />}
          </Stack>
        </Card>
      ))}
      <Title order={3}>{t('recruiting:refer.mine', { points: mine.data?.points ?? 0 })}</Title>
      {mine.data?.referrals.length === 0 && <Text c="gray.7">{t('recruiting:refer.noneYet')}</Text>}
      {mine.data?.referrals.map((r) => (
        <Card key={r.id} withBorder padding="sm">
          <Group gap={6} wrap="wrap">
            <Text fw={600}>{r.jobTitle}</Text>
            <Badge variant="outline">{t(referralStatusKeys[r.status])}</Badge>
            {r.stage && <Badge color="blue.9">{t(stageKeys[r.stage])}</Badge>}
            <Text size="sm">{t('recruiting:refer.points', { count: r.points })}</Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
