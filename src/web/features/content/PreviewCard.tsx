import { Card, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostForm } from './form';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/** The link card "as it will look" in the feed and on networks: image, title, description, host. */
export function PreviewCard({ form }: { form: PostForm }) {
  const { t } = useTranslation();
  const image = form.imageUrl ?? (form.previewImageUrl || null);
  return (
    <Card withBorder padding={0} aria-label={t('content:preview.card')} component="section">
      {image && <Image src={image} alt="" h={180} fit="cover" />}
      <Stack gap={4} p="sm">
        <Text size="xs" c="gray.7" tt="uppercase">
          {hostOf(form.url) || t('content:preview.noHost')}
        </Text>
        <Text fw={600} lineClamp={2}>
          {form.previewTitle || form.title || t('content:preview.noTitle')}
        </Text>
        {form.previewDescription && (
          <Text size="sm" c="gray.7" lineClamp={3}>
            {form.previewDescription}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
