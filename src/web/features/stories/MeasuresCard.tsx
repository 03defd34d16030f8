import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api, qs } from '../../lib/api';
import { useFormat } from '../../lib/format';
import type { StoryMeasuresT } from './api';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The last 30 days: stories submitted and approved, time to moderation, clicks per share of stories vs corporate posts. */
export function MeasuresCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const period = { from: day(new Date(Date.now() - 29 * 86_400_000)), to: day(new Date()) };
  const m = useQuery({
    queryKey: ['stories', 'measures', period.from],
    queryFn: () => api.get<StoryMeasuresT>(`/api/stories/measures${qs(period)}`),
  });
  const figure = (label: string, value: string) => (
    <Stack gap={0}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
    </Stack>
  );
  return (
    <Card withBorder padding="sm">
      <Title order={3} size="h4" mb="xs">
        {t('stories:measures.title')}
      </Title>
      <ErrorAlert error={m.error} />
      {m.data && (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {figure(t('stories:measures.submitted'), fmt.number(m.data.submitted))}
          {figure(t('stories:measures.approved'), fmt.number(m.data.approved))}
          {figure(
            t('stories:measures.median'),
            m.data.medianHoursToModeration === null
              ? '–'
              : t('stories:measures.hours', { n: fmt.number(m.data.medianHoursToModeration, 1) }),
          )}
          {figure(t('stories:measures.storyCps'), fmt.number(m.data.stories.clicksPerShare, 2))}
          {figure(t('stories:measures.corporateCps'), fmt.number(m.data.corporate.clicksPerShare, 2))}
        </SimpleGrid>
      )}
      <Anchor href={`/api/stories/measures.csv${qs(period)}`} size="sm" mt="xs">
        {t('stories:measures.csv')}
      </Anchor>
    </Card>
  );
}
