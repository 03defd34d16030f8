import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconNews } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useMyNews } from './api';
import { kindLabel } from './labels';

/** Internal news aimed at me, newest first, with what I still have to acknowledge. */
export function NewsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const news = useMyNews();
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('news:title')}</Title>
      {news.isLoading && <Loading />}
      <ErrorAlert error={news.error} />
      {news.data?.items.length === 0 && <EmptyState icon={<IconNews size={24} aria-hidden />} title={t('news:empty')} />}
      {news.data?.items.map((i) => (
        <Card key={i.id} withBorder padding="sm" component={Link} to={`/news/${i.id}`}>
          <Group gap={6} wrap="wrap">
            <Badge color="blue.9">{kindLabel(t, i.kind)}</Badge>
            {i.mustRead && (
              <Badge color={i.acknowledged ? 'teal.9' : 'orange.9'}>
                {t(i.acknowledged ? 'news:mustRead.done' : 'news:mustRead.label')}
              </Badge>
            )}
          </Group>
          <Text fw={600} mt={4}>
            {i.title}
          </Text>
          {i.publishedAt && (
            <Text size="xs" c="gray.7">
              {fmt.date(i.publishedAt)}
              {i.authorName ? ` · ${i.authorName}` : ''}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
