import { Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Motivation } from '../../../server/modules/training/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useMeasures } from './api';
import { BenchmarkCards } from './BenchmarkCards';
import { ChannelTable } from './ChannelTable';
import { motivationLabel } from './labels';
import { ManagerEffect } from './ManagerEffect';
import { OverdueTable } from './OverdueTable';
import { RatesTables } from './RatesTables';
import { SettingsForm } from './SettingsForm';

/** The L&D dashboard: hours and spend against the benchmark, rates, channels, the manager effect, overdue trainings. */
export function MeasuresPage() {
  return (
    <RequirePermission permission="training.manage">
      <Measures />
    </RequirePermission>
  );
}

function Measures() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const q = useMeasures(year);
  const m = q.data;
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap" align="flex-end">
        <div>
          <Title order={2}>{t('training:measures.title')}</Title>
          <Text size="sm" c="gray.7">
            {t('training:measures.intro')}
          </Text>
        </div>
        <Select
          label={t('training:measures.year')}
          w={120}
          data={[thisYear, thisYear - 1, thisYear - 2].map((y) => String(y))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
        />
      </Group>
      {q.isLoading && <Loading />}
      <ErrorAlert error={q.error} />
      {m && (
        <>
          <BenchmarkCards m={m} />
          <ManagerEffect m={m} />
          <RatesTables m={m} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <ChannelTable rows={m.channels} title={t('training:measures.channels')} />
            <Card withBorder padding="md">
              <Title order={3} size="h5" mb="xs">
                {t('training:measures.feedback')}
              </Title>
              {m.feedbackByMotivation.length === 0 && <Text size="sm">{t('training:measures.noFeedback')}</Text>}
              {m.feedbackByMotivation.map((f) => (
                <Text key={f.key} size="sm">
                  {t('training:measures.feedbackRow', {
                    motivation: motivationLabel(t, f.key as Motivation),
                    count: f.count,
                    average: f.average === null ? '—' : fmt.number(f.average, 1),
                  })}
                </Text>
              ))}
            </Card>
          </SimpleGrid>
          <OverdueTable m={m} />
          <SettingsForm />
        </>
      )}
    </Stack>
  );
}
