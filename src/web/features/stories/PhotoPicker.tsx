import { ActionIcon, Button, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCamera, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type UploadedPhoto, usePhotoUpload } from './upload';

export const MAX_PHOTOS = 10;

/** Photos taken or picked on the phone, uploaded one by one (resized first), with previews and removal. */
export function PhotoPicker({ photos, onChange }: { photos: UploadedPhoto[]; onChange: (p: UploadedPhoto[]) => void }) {
  const { t } = useTranslation();
  const upload = usePhotoUpload();
  const add = async (files: File[]) => {
    let next = photos;
    for (const f of files.slice(0, MAX_PHOTOS - photos.length)) {
      const done = await upload.mutateAsync(f).catch(() => null);
      if (done) {
        next = [...next, done];
        onChange(next);
      }
    }
  };
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('stories:form.photos', { count: photos.length, max: MAX_PHOTOS })}
      </Text>
      {photos.length > 0 && (
        <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs">
          {photos.map((p, i) => (
            <div key={p.key} style={{ position: 'relative' }}>
              <Image src={p.url} alt={t('stories:form.photoAlt', { n: i + 1 })} radius="sm" h={96} fit="cover" />
              <ActionIcon
                size="sm"
                color="dark"
                variant="filled"
                style={{ position: 'absolute', top: 4, right: 4 }}
                aria-label={t('stories:form.removePhoto', { n: i + 1 })}
                onClick={() => onChange(photos.filter((x) => x.key !== p.key))}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </div>
          ))}
        </SimpleGrid>
      )}
      <Group>
        <FileButton onChange={add} accept="image/jpeg,image/png,image/webp,image/heic,image/heif" multiple>
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<IconCamera size={18} aria-hidden />}
              loading={upload.isPending}
              disabled={photos.length >= MAX_PHOTOS}
            >
              {t('stories:form.addPhotos')}
            </Button>
          )}
        </FileButton>
      </Group>
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
