import { Badge, Button, Card, Group, Pagination, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconNews, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { type PostStatus, usePosts } from './api';
import { statusColor, statusLabel, tabLabel } from './labels';

const tabs: PostStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'expired', 'archived'];

/** The editors' content hub: one tab per status (the review queue first for approvers), search, new post. */
export function ContentListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const approver = hasPermission(me.data, 'content.approve');
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as PostStatus | null) ?? (approver ? 'in_review' : 'draft');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const posts = usePosts({ status, q: q || undefined, page });
  const order = approver ? ['in_review', ...tabs.filter((s) => s !== 'in_review')] : tabs;
  const pages = posts.data ? Math.ceil(posts.data.total / posts.data.pageSize) : 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('content:title')}</Title>
        <Button component={Link} to="/content/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('content:newPost')}
        </Button>
      </Group>
      <TextInput
        label={t('content:search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        maw={360}
      />
      <Tabs
        value={status}
        onChange={(v) => {
          setParams(v ? { status: v } : {});
          setPage(1);
        }}
      >
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {(order as PostStatus[]).map((s) => (
            <Tabs.Tab
              key={s}
              value={s}
              rightSection={
                <Badge size="xs" color={statusColor[s]}>
                  {posts.data?.counts[s] ?? 0}
                </Badge>
              }
            >
              {s === 'in_review' && approver ? t('content:reviewQueue') : tabLabel(t, s)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {posts.isLoading && <Loading />}
      <ErrorAlert error={posts.error} />
      {posts.isSuccess && posts.data.items.length === 0 && (
        <EmptyState icon={<IconNews size={24} aria-hidden />} title={t('content:empty.title')}>
          {t('content:empty.body')}
        </EmptyState>
      )}
      <Stack gap="sm">
        {posts.data?.items.map((p) => (
          <Card key={p.id} withBorder padding="sm" component={Link} to={`/content/${p.id}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} truncate>
                  {p.title}
                </Text>
                <Text size="sm" c="gray.7" truncate>
                  {p.createdByName ? t('content:list.by', { name: p.createdByName }) : null} ·{' '}
                  {t('content:list.updated', { date: fmt.dateTime(p.updatedAt) })}
                </Text>
                {p.status === 'scheduled' && p.publishAt && (
                  <Text size="sm">{t('content:list.publishAt', { date: fmt.dateTime(p.publishAt) })}</Text>
                )}
              </Stack>
              <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                <Badge color={statusColor[p.status]}>{statusLabel(t, p.status)}</Badge>
                <Text size="xs" c="gray.7">
                  {t('content:list.languages', { languages: p.languages.map((l) => l.toUpperCase()).join(' · ') })}
                </Text>
              </Stack>
            </Group>
          </Card>
        ))}
      </Stack>
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t('content:list.pages')} />}
    </Stack>
  );
}
