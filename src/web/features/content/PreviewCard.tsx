import { Card, Image, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mainLanguage, type PostForm, type PostLanguage, postLanguages } from './form';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/** The link card "as it will look" in the feed and on networks, in either language version: image, title, description, host. */
export function PreviewCard({ form }: { form: PostForm }) {
  const { t } = useTranslation();
  const written = postLanguages.filter((l) => form.texts[l].title.trim());
  const [chosen, setChosen] = useState<PostLanguage | null>(null);
  const lang = chosen && written.includes(chosen) ? chosen : mainLanguage(form);
  const v = form.texts[lang];
  const image = form.imageUrl ?? (form.previewImageUrl || null);
  return (
    <Stack gap="xs">
      {written.length > 1 && (
        <SegmentedControl
          size="xs"
          value={lang}
          onChange={(l) => setChosen(l === 'en' ? 'en' : 'it')}
          aria-label={t('content:preview.language')}
          data={[
            { value: 'it', label: t('content:texts.it') },
            { value: 'en', label: t('content:texts.en') },
          ]}
        />
      )}
      <Card withBorder padding={0} aria-label={t('content:preview.card')} component="section" lang={lang}>
        {image && <Image src={image} alt="" h={180} fit="cover" />}
        <Stack gap={4} p="sm">
          <Text size="xs" c="gray.7" tt="uppercase">
            {hostOf(form.url) || t('content:preview.noHost')}
          </Text>
          <Text fw={600} lineClamp={2}>
            {v.previewTitle || v.title || t('content:preview.noTitle')}
          </Text>
          {v.previewDescription && (
            <Text size="sm" c="gray.7" lineClamp={3}>
              {v.previewDescription}
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
