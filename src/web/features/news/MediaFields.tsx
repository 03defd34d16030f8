import { Button, FileInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MediaPlayer } from '../../lib/MediaPlayer';
import { RecordMedia } from '../../lib/RecordMedia';
import { useNewsUpload } from './upload';

type Media = { imageKey: string | null; mediaKey: string | null };

/**
 * An image, and a video or audio message: uploaded from a file or, for a leader's short message, recorded in the
 * browser (played back, retaken or kept; kept, it goes through the same upload as a file).
 */
export function MediaFields({ value, onChange }: { value: Media; onChange: (m: Partial<Media>) => void }) {
  const { t } = useTranslation();
  const upload = useNewsUpload();
  const put = (file: Blob | null) =>
    file &&
    upload.mutate(file, {
      onSuccess: (u) => onChange(u.kind === 'image' ? { imageKey: u.key } : { mediaKey: u.key }),
    });
  return (
    <Stack gap="xs">
      <FileInput label={t('news:editor.image')} accept="image/png,image/jpeg,image/webp" onChange={put} clearable />
      {value.imageKey && (
        <Text size="xs" c="gray.7">
          {t('news:editor.attached')}
        </Text>
      )}
      {value.mediaKey ? (
        <>
          <Text size="sm" fw={500}>
            {t('news:editor.mediaAttached')}
          </Text>
          <MediaPlayer src={`/api/news/media/${value.mediaKey}`} label={t('news:editor.mediaAttached')} />
          <Button variant="subtle" size="xs" onClick={() => onChange({ mediaKey: null })} style={{ alignSelf: 'flex-start' }}>
            {t('news:editor.removeMedia')}
          </Button>
        </>
      ) : (
        <>
          <FileInput
            label={t('news:editor.media')}
            accept="video/mp4,video/webm,audio/mpeg,audio/mp4,audio/ogg"
            onChange={put}
            clearable
          />
          <Text size="sm" fw={500}>
            {t('news:editor.recordLabel')}
          </Text>
          <RecordMedia onUse={(blob) => put(blob)} busy={upload.isPending} />
        </>
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
