import { Button, FileButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { IconPhoto, IconWorldDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useImageUpload, useLinkPreview } from './api';
import { mainLanguage, type PostForm, type SetField, setText } from './form';

/** Destination link, its preview image and the post image; a fetched preview also fills the version's preview words. */
export function LinkSection({
  form,
  set,
  locked,
  errors = () => undefined,
  edited = () => {},
}: {
  form: PostForm;
  set: SetField;
  locked: boolean;
  errors?: (path: string) => string | undefined;
  edited?: (path: string) => void;
}) {
  const { t } = useTranslation();
  const preview = useLinkPreview();
  const upload = useImageUpload();
  const fetchPreview = () =>
    preview.mutate(form.url, {
      // The page's title and description go to the version being written (Italian first); the image is shared.
      onSuccess: (p) => {
        setText(set, form, mainLanguage(form), { previewTitle: p.title ?? '', previewDescription: p.description ?? '' });
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
          maxLength={2048}
          disabled={locked}
          value={form.url}
          error={errors('url')}
          onChange={(e) => {
            edited('url');
            set('url', e.currentTarget.value);
          }}
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
        label={t('content:preview.image')}
        type="url"
        maxLength={2048}
        value={form.previewImageUrl}
        error={errors('previewImageUrl')}
        onChange={(e) => {
          edited('previewImageUrl');
          set('previewImageUrl', e.currentTarget.value);
        }}
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
