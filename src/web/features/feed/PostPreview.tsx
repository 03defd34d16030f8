import { Card, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedPostT } from './api';

/** How the share will look: the person's text above the link card the networks draw from the page preview. */
export function PostPreview({ post, text, pasted }: { post: FeedPostT['post']; text: string; pasted: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('feed:preview.heading')}
      </Title>
      <Card withBorder padding="sm">
        <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'gray.7'}>
          {text || t('feed:preview.empty')}
        </Text>
        <Card.Section withBorder>
          {post.preview.imageUrl && <Image src={post.preview.imageUrl} alt="" h={180} fit="cover" />}
          <Stack gap={2} p="sm" bg="gray.0">
            <Text size="xs" c="gray.7" tt="uppercase">
              {post.urlHost}
            </Text>
            <Text fw={600} size="sm" lineClamp={2}>
              {post.preview.title ?? post.title}
            </Text>
            {post.preview.description && (
              <Text size="xs" c="gray.7" lineClamp={2}>
                {post.preview.description}
              </Text>
            )}
          </Stack>
        </Card.Section>
      </Card>
      <Text size="xs" c="gray.7">
        {pasted ? t('feed:preview.pasted') : t('feed:preview.linkNote')}
      </Text>
    </Stack>
  );
}
