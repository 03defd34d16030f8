import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useImpact } from './api';
import { ShareHistory } from './ShareHistory';
import { SharingProfileForm } from './SharingProfileForm';

function Stat({ label, value, help }: { label: string; value: string; help: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      <Text size="xs" c="gray.7">
        {help}
      </Text>
    </Paper>
  );
}

/**
 * "Your impact": what my shares achieved — started (the network opened) and confirmed (I said I posted it) apart,
 * every figure explained — and my languages, ranking and audience settings.
 */
export function ImpactPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useImpact();
  const totals = q.data?.totals;
  return (
    <Stack maw={960} mx="auto" gap="lg">
      <div>
        <Title order={2}>{t('feed:impact.title')}</Title>
        <Text c="gray.7" size="sm">
          {t('feed:impact.intro')}
        </Text>
      </div>
      {q.isLoading && <Loading />}
      <ErrorAlert error={q.error} />
      {totals && (
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Stat label={t('feed:impact.started')} value={fmt.number(totals.started)} help={t('feed:impact.startedHelp')} />
          <Stat label={t('feed:impact.confirmed')} value={fmt.number(totals.confirmed)} help={t('feed:impact.confirmedHelp')} />
          <Stat label={t('feed:impact.clicks')} value={fmt.number(totals.clicks)} help={t('feed:impact.clicksHelp')} />
          <Stat label={t('feed:impact.reach')} value={fmt.number(totals.reach)} help={t('feed:impact.reachHelp')} />
          <Stat
            label={t('feed:impact.personalisation')}
            value={totals.personalisationRate === null ? '—' : fmt.percent(totals.personalisationRate, 0)}
            help={t('feed:impact.personalisationHelp')}
          />
        </SimpleGrid>
      )}
      {q.data && q.data.shares.length === 0 && (
        <EmptyState icon={<IconChartBar size={24} aria-hidden />} title={t('feed:impact.emptyTitle')}>
          {t('feed:impact.emptyBody')}
        </EmptyState>
      )}
      {q.data && q.data.shares.length > 0 && <ShareHistory shares={q.data.shares} />}
      <SharingProfileForm />
    </Stack>
  );
}
