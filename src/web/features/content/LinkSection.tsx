import { Button, FileButton, Group, Image, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPhoto, IconWorldDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useImageUpload, useLinkPreview } from './api';
import type { PostForm, SetField } from './form';

/** Destination link, its preview (fetched, always editable by hand) and the post image. */
export function LinkSection({ form, set, locked }: { form: PostForm; set: SetField; locked: boolean }) {
  const { t } = useTranslation();
  const preview = useLinkPreview();
  const upload = useImageUpload();
  const fetchPreview = () =>
    preview.mutate(form.url, {
      onSuccess: (p) => {
        set('previewTitle', p.title ?? '');
        set('previewDescription', p.description ?? '');
        set('previewImageUrl', p.imageUrl ?? '');
      },
    });
  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('content:fields.url')}
          description={locked ? t('content:fields.urlLocked') : t('content:fields.urlHint')}
          type="url"
          disabled={locked}
          value={form.url}
          onChange={(e) => set('url', e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button
          variant="default"
          leftSection={<IconWorldDownload size={16} aria-hidden />}
          onClick={fetchPreview}
          loading={preview.isPending}
          disabled={!form.url}
        >
          {t('content:preview.fetch')}
        </Button>
      </Group>
      <ErrorAlert error={preview.error} />
      <TextInput
        label={t('content:preview.title')}
        value={form.previewTitle}
        onChange={(e) => set('previewTitle', e.currentTarget.value)}
      />
      <Textarea
        label={t('content:preview.description')}
        autosize
        minRows={2}
        value={form.previewDescription}
        onChange={(e) => set('previewDescription', e.currentTarget.value)}
      />
      <TextInput
        label={t('content:preview.image')}
        type="url"
        value={form.previewImageUrl}
        onChange={(e) => set('previewImageUrl', e.currentTarget.value)}
      />
      <Group align="center" wrap="wrap">
        {form.imageUrl && <Image src={form.imageUrl} alt={t('content:image.alt')} h={80} w={120} fit="cover" radius="sm" />}
        <FileButton
          accept="image/png,image/jpeg,image/webp"
          onChange={(file) => {
            if (!file) return;
            upload.mutate(file, {
              onSuccess: (r) => {
                set('imageKey', r.key);
                set('imageUrl', r.url);
              },
            });
          }}
        >
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconPhoto size={16} aria-hidden />} loading={upload.isPending}>
              {form.imageKey ? t('content:image.replace') : t('content:image.upload')}
            </Button>
          )}
        </FileButton>
        {form.imageKey && (
          <Button
            variant="default"
            onClick={() => {
              set('imageKey', null);
              set('imageUrl', null);
            }}
          >
            {t('content:image.remove')}
          </Button>
        )}
        <Text size="xs" c="gray.7">
          {t('content:image.hint')}
        </Text>
      </Group>
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
