import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconNews } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format';
import { useMyNews } from './api';
import { kindLabel } from './labels';

const LATEST = 3;

/** On the feed: must-reads waiting for my acknowledgement first, then the latest internal news. */
export function NewsFeedSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const news = useMyNews();
  const items = news.data?.items ?? [];
  const pending = items.filter((i) => i.mustRead && !i.acknowledged);
  const latest = items.filter((i) => !(i.mustRead && !i.acknowledged)).slice(0, LATEST);
  if (pending.length + latest.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="news-feed-title">
      <Group gap={6} justify="space-between">
        <Group gap={6}>
          <IconNews size={20} aria-hidden />
          <Title order={2} size="h4" id="news-feed-title">
            {t('news:feed.title')}
          </Title>
        </Group>
        <Button component={Link} to="/news" variant="subtle" size="xs">
          {t('news:feed.all')}
        </Button>
      </Group>
      {pending.map((i) => (
        <Card key={i.id} withBorder padding="sm" style={{ borderColor: 'var(--mantine-color-orange-7)' }}>
          <Stack gap={6}>
            <Group gap={6}>
              <IconAlertCircle size={18} aria-hidden color="var(--mantine-color-orange-9)" />
              <Text fw={600}>{i.title}</Text>
            </Group>
            <Text size="sm" c="gray.7">
              {i.dueOn ? t('news:mustRead.due', { date: fmt.date(i.dueOn) }) : t('news:mustRead.label')}
            </Text>
            <Button component={Link} to={`/news/${i.id}`} size="sm" style={{ alignSelf: 'flex-start' }}>
              {t('news:feed.readAndConfirm')}
            </Button>
          </Stack>
        </Card>
      ))}
      {latest.map((i) => (
        <Card key={i.id} withBorder padding="sm" component={Link} to={`/news/${i.id}`}>
          <Group gap={6} wrap="wrap">
            <Badge color="blue.9">{kindLabel(t, i.kind)}</Badge>
            <Text fw={600}>{i.title}</Text>
          </Group>
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
