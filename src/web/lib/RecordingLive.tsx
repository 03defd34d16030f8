import { Button, Group, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The camera's stream, shown muted while a video is recorded; none for audio. */
  stream: MediaStream | null;
  video: boolean;
  onStop: () => void;
  /** What is said beside the stop button (elapsed time, and the limit where there is one). */
  status: string;
  maxHeight?: number;
};

/** While recording: the live camera (for a video) and the stop button with the time so far, said to screen readers. */
export function RecordingLive({ stream, video, onStop, status, maxHeight = 320 }: Props) {
  const { t } = useTranslation();
  const live = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (live.current) live.current.srcObject = stream;
  }, [stream]);
  return (
    <>
      {video && (
        <video
          ref={live}
          autoPlay
          muted
          playsInline
          aria-label={t('common:recorder.live')}
          style={{ width: '100%', maxHeight }}
        />
      )}
      <Group gap="sm">
        <Button color="red.9" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={onStop}>
          {t('common:recorder.stop')}
        </Button>
        <Text size="sm" role="status">
          {status}
        </Text>
      </Group>
    </>
  );
}
