import { Badge, Card, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format';
import type { FeedItemT } from './api';
import { networkIcon, networkName } from './networks';

/** One post of the feed: the whole card opens the share page. */
export function FeedCard({ item }: { item: FeedItemT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card
      withBorder
      padding="sm"
      component={Link}
      to={`/feed/${item.id}`}
      aria-label={t('feed:card.open', { title: item.title })}
    >
      {item.preview.imageUrl && (
        <Card.Section>
          <Image src={item.preview.imageUrl} alt="" h={160} fit="cover" loading="lazy" />
        </Card.Section>
      )}
      <Stack gap={4} mt={item.preview.imageUrl ? 'sm' : 0}>
        {/* The post may be in the other language than the menus (fallback): say so, for screen readers and spelling. */}
        <Text fw={600} lineClamp={2} lang={item.locale}>
          {item.title}
        </Text>
        <Text size="sm" c="gray.7">
          {item.urlHost}
          {item.publishedAt && ` · ${fmt.date(item.publishedAt)}`}
        </Text>
        {item.body && (
          <Text size="sm" lineClamp={3} lang={item.locale}>
            {item.body}
          </Text>
        )}
        <Group gap={6} mt={4}>
          {item.myShares.length === 0 ? (
            <Badge variant="light" color="blue">
              {t('feed:card.new')}
            </Badge>
          ) : (
            item.myShares.map((n) => (
              <Badge key={n} variant="filled" color="teal.9" leftSection={networkIcon(n)}>
                {n === 'copy' ? t('feed:card.copied') : t('feed:card.sharedOn', { network: networkName(t, n) })}
              </Badge>
            ))
          )}
          {item.topics.map((topic) => (
            <Badge key={topic} variant="outline" color="gray">
              {topic}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
