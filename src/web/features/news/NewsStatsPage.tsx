import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { type NewsStatsT, useNewsPost, useNewsStats } from './api';
import { titleIn } from './labels';

/** Reach, read and acknowledgement of one post, overall and by department and site. */
export function NewsStatsPage() {
  return (
    <RequirePermission permission="news.write">
      <Stats />
    </RequirePermission>
  );
}

function Stats() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const stats = useNewsStats(id);
  const post = useNewsPost(id);
  if (stats.isLoading) return <Loading />;
  const s = stats.data;
  if (!s) return <ErrorAlert error={stats.error} />;
  const rate = (n: number, of: number) => (of > 0 ? fmt.percent(n / of, 0) : '—');
  return (
    <Stack maw={960} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('news:stats.title')}</Title>
        {post.data && <Text c="gray.7">{titleIn(i18n.language, post.data)}</Text>}
      </div>
      <SimpleGrid cols={{ base: 3 }} spacing="xs">
        {[
          { key: 'news:stats.reach', value: fmt.number(s.reach) },
          { key: 'news:stats.read', value: rate(s.read, s.reach) },
          { key: 'news:stats.acknowledged', value: rate(s.acknowledged, s.reach) },
        ].map((k) => (
          <Paper key={k.key} withBorder p="xs">
            <Text size="xs" c="gray.7">
              {t(k.key)}
            </Text>
            <Text fw={700} size="lg">
              {k.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <RateTable title={t('news:stats.byDepartment')} rows={s.byDepartment} />
      <RateTable title={t('news:stats.bySite')} rows={s.bySite} />
    </Stack>
  );
}

function RateTable({ title, rows }: { title: string; rows: NewsStatsT['byDepartment'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rate = (n: number, of: number) => (of > 0 ? fmt.percent(n / of, 0) : '—');
  return (
    <Stack gap={4}>
      <Group>
        <Title order={3} size="h5">
          {title}
        </Title>
      </Group>

      <Table horizontalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('news:stats.group')}</Table.Th>
            <Table.Th ta="right">{t('news:stats.reach')}</Table.Th>
            <Table.Th ta="right">{t('news:stats.read')}</Table.Th>
            <Table.Th ta="right">{t('news:stats.acknowledged')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.value ?? '-'}>
              <Table.Td>{r.value ?? t('news:stats.notStated')}</Table.Td>
              <Table.Td ta="right">{r.reach}</Table.Td>
              <Table.Td ta="right">{rate(r.read, r.reach)}</Table.Td>
              <Table.Td ta="right">{rate(r.acknowledged, r.reach)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
