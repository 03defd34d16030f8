import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconMicrophone, IconPlayerStop } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNewsUpload } from './upload';

type Media = { imageKey: string | null; mediaKey: string | null };

/**
 * An image, and a video or audio message: uploaded from a file or, for a leader's short message, recorded in the
 * browser (sent to the server as soon as it stops, then played from there: the page's policy allows no blob media).
 */
export function MediaFields({ value, onChange }: { value: Media; onChange: (m: Partial<Media>) => void }) {
  const { t } = useTranslation();
  const upload = useNewsUpload();
  const recorder = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const put = (file: Blob | null) =>
    file &&
    upload.mutate(file, {
      onSuccess: (u) => onChange(u.kind === 'image' ? { imageKey: u.key } : { mediaKey: u.key }),
    });
  const record = async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const rec = new MediaRecorder(stream);
    const parts: Blob[] = [];
    rec.ondataavailable = (e) => parts.push(e.data);
    rec.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      put(new Blob(parts, { type: rec.mimeType || 'audio/webm' }));
    };
    rec.start();
    recorder.current = rec;
    setRecording(true);
  };
  const stop = () => {
    recorder.current?.stop();
    setRecording(false);
  };
  return (
    <Stack gap="xs">
      <FileInput label={t('news:editor.image')} accept="image/png,image/jpeg,image/webp" onChange={put} clearable />
      {value.imageKey && (
        <Text size="xs" c="gray.7">
          {t('news:editor.attached')}
        </Text>
      )}
      <FileInput
        label={t('news:editor.media')}
        accept="video/mp4,video/webm,audio/mpeg,audio/mp4,audio/ogg"
        onChange={put}
        clearable
      />
      <Group gap="xs">
        {typeof MediaRecorder !== 'undefined' &&
          (recording ? (
            <Button color="red.9" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={stop}>
              {t('news:editor.stop')}
            </Button>
          ) : (
            <Button variant="default" leftSection={<IconMicrophone size={16} aria-hidden />} onClick={() => void record()}>
              {t('news:editor.record')}
            </Button>
          ))}
        {value.mediaKey && (
          <Button variant="subtle" size="xs" onClick={() => onChange({ mediaKey: null })}>
            {t('news:editor.removeMedia')}
          </Button>
        )}
      </Group>
      {value.mediaKey && (
        // biome-ignore lint/a11y/useMediaCaption: a preview of the author's own recording
        <audio src={`/api/news/media/${value.mediaKey}`} controls style={{ width: '100%' }} />
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
