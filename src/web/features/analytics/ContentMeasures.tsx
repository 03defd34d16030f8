import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { DownloadMenu } from '../../lib/DownloadMenu';
import { useFormat } from '../../lib/format';
import { DataTable } from './DataTable';
import { Kpi } from './KpiCards';
import { csvUrl, type Filters, type ContentMeasures as M, type Scope, useContentMeasures } from './useOverview';

/** Issue 9's measures: employee stories (moderation, clicks per share against corporate posts) and events. */
export function ContentMeasures({ filters, scope }: { filters: Filters; scope: Scope }) {
  const { t } = useTranslation();
  const q = useContentMeasures(filters, scope);
  if (q.isError) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loading />;
  return (
    <Stack gap="lg" style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }} aria-busy={q.isFetching}>
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('analytics:content.storiesTitle')}
        </Title>
        <DownloadMenu csvHref={csvUrl('stories', filters, scope)} label={t('analytics:content.csvSummary')} />
      </Group>
      <StoryCards m={q.data} />
      <Title order={3} size="h4">
        {t('analytics:content.eventsTitle')}
      </Title>
      <EventCards m={q.data} />
      <EventTable m={q.data} csv={csvUrl('events', filters, scope)} />
    </Stack>
  );
}

function StoryCards({ m }: { m: M }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = m.stories;
  const perShare = (n: number | null) => (n === null ? t('analytics:none') : f.number(n, 2));
  const side = (key: 'stories' | 'corporate') => {
    const c = m.comparison[key];
    return (
      <Kpi
        label={key === 'stories' ? t('analytics:content.storiesPerShare') : t('analytics:content.corporatePerShare')}
        value={perShare(c.clicksPerShare)}
      >
        {t('analytics:content.sideHint', { posts: f.number(c.posts), shares: f.number(c.shares), clicks: f.number(c.clicks) })}
      </Kpi>
    );
  };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <Kpi label={t('analytics:content.submitted')} value={f.number(s.submitted)}>
        {t('analytics:content.submittedHint', { approved: f.number(s.approved), declined: f.number(s.declined) })}
      </Kpi>
      <Kpi
        label={t('analytics:content.median')}
        value={
          s.medianHoursToModeration === null
            ? t('analytics:none')
            : t('analytics:content.hours', { n: f.number(s.medianHoursToModeration, 1) })
        }
      >
        {t('analytics:content.medianHint')}
      </Kpi>
      {side('stories')}
      {side('corporate')}
    </SimpleGrid>
  );
}

function EventCards({ m }: { m: M }) {
  const { t } = useTranslation();
  const f = useFormat();
  const e = m.events;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <Kpi label={t('analytics:content.registrations')} value={f.number(e.registrations)}>
        {t('analytics:content.registrationsHint', { events: f.number(e.count), waiting: f.number(e.waiting) })}
      </Kpi>
      <Kpi
        label={t('analytics:content.attendance')}
        value={e.attendanceRate === null ? t('analytics:none') : f.percent(e.attendanceRate)}
      >
        {t('analytics:content.attendanceHint', { attended: f.number(e.attended) })}
      </Kpi>
      <Kpi
        label={t('analytics:content.storiesPerEvent')}
        value={e.storiesPerEvent === null ? t('analytics:none') : f.number(e.storiesPerEvent, 2)}
      >
        {t('analytics:content.storiesPerEventHint', { stories: f.number(e.stories) })}
      </Kpi>
      <Kpi label={t('analytics:content.storyClicks')} value={f.number(e.storyClicks)}>
        {t('analytics:content.storyClicksHint', { gallery: f.number(e.galleryClicks) })}
      </Kpi>
    </SimpleGrid>
  );
}

function EventTable({ m, csv }: { m: M; csv: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (m.byEvent.length === 0)
    return (
      <Card withBorder padding="md">
        <Text c="gray.7">{t('analytics:content.noEvents')}</Text>
      </Card>
    );
  const n = (label: string, get: (r: M['byEvent'][number]) => number) => ({
    label,
    numeric: true,
    cell: (r: M['byEvent'][number]) => f.number(get(r)),
  });
  return (
    <DataTable
      title={t('analytics:content.byEvent')}
      rows={m.byEvent}
      rowKey={(r) => r.eventId}
      csv={csv}
      csvLabel={t('analytics:content.csvEvents')}
      columns={[
        { label: t('analytics:content.event'), cell: (r) => r.title },
        { label: t('analytics:content.date'), cell: (r) => f.date(r.startsAt) },
        n(t('analytics:content.registrationsShort'), (r) => r.registrations),
        n(t('analytics:content.waiting'), (r) => r.waiting),
        {
          label: t('analytics:content.attendanceShort'),
          numeric: true,
          cell: (r) => (r.attendanceRate === null ? t('analytics:none') : f.percent(r.attendanceRate)),
        },
        n(t('analytics:content.storiesShort'), (r) => r.stories),
        n(t('analytics:content.clicksShort'), (r) => r.storyClicks),
      ]}
    />
  );
}
