import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconNews } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { feedSections } from '../../nav';
import { useFeed } from './api';
import { FeedCard } from './FeedCard';

/** The employee's landing page: what is there to share, the posts not shared yet first. */
export function FeedPage() {
  const { t } = useTranslation();
  const feed = useFeed();
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack maw={640} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('feed:title')}</Title>
        <Text c="gray.7" size="sm">
          {t('feed:intro')}
        </Text>
      </div>
      {feedSections.map((Section, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed at build time.
        <Section key={i} />
      ))}
      {feed.isLoading && <Loading />}
      <ErrorAlert error={feed.error} />
      {feed.isSuccess && items.length === 0 && (
        <EmptyState icon={<IconNews size={24} aria-hidden />} title={t('feed:empty.title')}>
          {t('feed:empty.body')}
        </EmptyState>
      )}
      {items.map((item) => (
        <FeedCard key={item.id} item={item} />
      ))}
      {feed.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void feed.fetchNextPage()} loading={feed.isFetchingNextPage}>
            {t('feed:loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
