import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconNews, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useAuthorActions, useNewsPosts } from './api';
import { kindLabel, titleIn } from './labels';

const statusKeys = { draft: 'news:status.draft', published: 'news:status.published', archived: 'news:status.archived' } as const;

/** The internal posts of the organisation for their authors: edit drafts, publish, see who read and acknowledged. */
export function ManageNewsPage() {
  return (
    <RequirePermission permission="news.write">
      <ManageNews />
    </RequirePermission>
  );
}

function ManageNews() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const list = useNewsPosts();
  const { status } = useAuthorActions();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('news:manage.title')}</Title>
        <Button component={Link} to="/news/manage/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('news:manage.new')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error ?? status.error} />
      {list.data?.items.length === 0 && <EmptyState icon={<IconNews size={24} aria-hidden />} title={t('news:manage.empty')} />}
      {list.data?.items.map((p) => (
        <Card key={p.id} withBorder padding="sm">
          <Stack gap={6}>
            <Group gap={6} wrap="wrap">
              <Text fw={600}>{titleIn(i18n.language, p)}</Text>
              <Badge color={p.status === 'published' ? 'teal.9' : 'gray.7'}>{t(statusKeys[p.status])}</Badge>
              {p.mustRead && <Badge color="orange.9">{t('news:mustRead.label')}</Badge>}
            </Group>
            <Text size="sm" c="gray.7">
              {kindLabel(t, p.kind)}
              {p.publishedAt ? ` · ${fmt.date(p.publishedAt)}` : ''}
            </Text>
            <Group gap="xs">
              {p.status === 'draft' && (
                <>
                  <Button component={Link} to={`/news/manage/${p.id}`} size="xs" variant="default">
                    {t('news:manage.edit')}
                  </Button>
                  <Button size="xs" onClick={() => status.mutate({ id: p.id, to: 'publish' })}>
                    {t('news:manage.publish')}
                  </Button>
                </>
              )}
              {p.status === 'published' && (
                <>
                  <Button component={Link} to={`/news/manage/${p.id}/stats`} size="xs" variant="default">
                    {t('news:manage.stats')}
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => status.mutate({ id: p.id, to: 'archive' })}>
                    {t('news:manage.archive')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
