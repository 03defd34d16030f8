import { SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { ContentMeasures } from './ContentMeasures';
import { FilterBar } from './FilterBar';
import { KpiCards } from './KpiCards';
import { Rankings } from './Rankings';
import { SeriesChart } from './SeriesChart';
import { ShareOfVoice } from './ShareOfVoice';
import { useFilters } from './useFilters';
import { csvUrl, type Scope, useFacets, useOverview } from './useOverview';

const uniq = (...lists: string[][]) => [...new Set(lists.flat().filter((x) => x !== ''))].sort((a, b) => a.localeCompare(b));

/** The advocacy dashboard; `team` shows only the people reporting to me (what a manager always sees). */
export function AnalyticsPage({ scope }: { scope: Scope }) {
  return (
    <RequirePermission permission={scope === 'team' ? 'analytics.team' : 'analytics.read'}>
      <Dashboard scope={scope} />
    </RequirePermission>
  );
}

function Dashboard({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useFilters();
  const overview = useOverview(filters, scope);
  const facets = useFacets();
  const o = overview.data;
  const csv = (table: Parameters<typeof csvUrl>[0]) => csvUrl(table, filters, scope);
  // Facet options from the people module when readable, completed by the groups seen in the figures and the
  // current choice (from the address), so a selected value always shows.
  const departments = uniq(facets.data?.departments ?? [], o?.shareOfVoice.byDepartment.map((r) => r.key) ?? [], [
    filters.department ?? '',
  ]);
  const sites = uniq(facets.data?.sites ?? [], o?.shareOfVoice.bySite.map((r) => r.key) ?? [], [filters.site ?? '']);
  const topics = uniq(o?.topics ?? [], [filters.topic ?? '']);
  const team = scope === 'team' || o?.scope === 'team';
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{team ? t('analytics:titleTeam') : t('analytics:title')}</Title>
        {team && (
          <Text c="dimmed" size="sm">
            {t('analytics:teamNote')}
          </Text>
        )}
      </Stack>
      <FilterBar value={filters} onChange={setFilters} departments={departments} sites={sites} topics={topics} />
      {/* Not kept mounted: the stories and events figures are fetched only when their tab is opened. */}
      <Tabs defaultValue="advocacy" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="advocacy">{t('analytics:content.tabAdvocacy')}</Tabs.Tab>
          <Tabs.Tab value="content">{t('analytics:content.tabContent')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content">
          <ContentMeasures filters={filters} scope={scope} />
        </Tabs.Panel>
        <Tabs.Panel value="advocacy">
          {overview.isError && <ErrorAlert error={overview.error} />}
          {overview.isLoading && <Loading />}
          {o && !overview.isError && (
            <Stack gap="lg" style={{ opacity: overview.isPlaceholderData ? 0.6 : 1 }} aria-busy={overview.isFetching}>
              <KpiCards o={o} />
              {o.kpis.shares === 0 && o.kpis.clicks === 0 ? (
                <EmptyState icon={<IconChartBar aria-hidden />} title={t('analytics:empty.title')}>
                  {t('analytics:empty.body')}
                </EmptyState>
              ) : (
                <>
                  <SeriesChart o={o} csv={csv('series')} />
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                    <ShareOfVoice
                      title={t('analytics:voice.department')}
                      rows={o.shareOfVoice.byDepartment}
                      csv={csv('share-of-voice-department')}
                      csvLabel={t('analytics:csv.department')}
                    />
                    <ShareOfVoice
                      title={t('analytics:voice.site')}
                      rows={o.shareOfVoice.bySite}
                      csv={csv('share-of-voice-site')}
                      csvLabel={t('analytics:csv.site')}
                    />
                  </SimpleGrid>
                  <Rankings o={o} csv={csv} />
                </>
              )}
            </Stack>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
