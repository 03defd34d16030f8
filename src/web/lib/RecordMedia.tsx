import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCheck, IconMicrophone, IconRefresh, IconVideo } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock } from './format';
import { RecordingLive } from './RecordingLive';
import { type RecordKind, useMediaRecorder } from './useMediaRecorder';

type Props = {
  /** What may be recorded; with both, the person chooses (audio first). */
  kinds?: RecordKind[];
  /** Called with the kept recording (e.g. to upload it); `busy` while the caller is at it. */
  onUse: (blob: Blob, kind: RecordKind) => void;
  busy?: boolean;
  maxSeconds?: number;
};

/**
 * Record a short audio or video message in the browser: record, stop, play it back, record again or use it. The
 * caller uploads the Blob it is given (news: the news media upload; Q&A: the answer upload). States the browser can
 * refuse (no permission, no recorder) are said in words, and uploading a file stays the alternative.
 */
export function RecordMedia({ kinds = ['audio', 'video'], onUse, busy = false, maxSeconds }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RecordKind>(kinds[0]);
  const rec = useMediaRecorder({ kind, maxSeconds });
  if (rec.state === 'unsupported')
    return (
      <Text size="sm" c="gray.7">
        {rec.error}
      </Text>
    );
  const idle = rec.state === 'idle' || rec.state === 'denied' || rec.state === 'failed' || rec.state === 'requesting';
  return (
    <Stack gap="xs">
      {kinds.length > 1 && idle && (
        <SegmentedControl
          aria-label={t('common:recorder.kind')}
          value={kind}
          onChange={(k) => setKind(k as RecordKind)}
          data={kinds.map((k) => ({ value: k, label: t(k === 'audio' ? 'common:recorder.audio' : 'common:recorder.video') }))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {rec.error && (
        <Alert color="red" role="alert">
          {rec.error}
        </Alert>
      )}
      {idle && (
        <Button
          variant="default"
          leftSection={kind === 'video' ? <IconVideo size={16} aria-hidden /> : <IconMicrophone size={16} aria-hidden />}
          loading={rec.state === 'requesting'}
          onClick={() => void rec.start()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t(kind === 'video' ? 'common:recorder.recordVideo' : 'common:recorder.recordAudio')}
        </Button>
      )}
      {rec.state === 'recording' && (
        <RecordingLive
          stream={rec.stream}
          video={kind === 'video'}
          onStop={rec.stop}
          status={t('common:recorder.recording', { time: clock(rec.elapsed) })}
        />
      )}
      {rec.state === 'recorded' && rec.url && rec.blob && (
        <>
          <Text size="sm">{t('common:recorder.recorded', { time: clock(rec.elapsed) })}</Text>
          {kind === 'video' ? (
            // biome-ignore lint/a11y/useMediaCaption: the author's own recording, played back before it is kept
            <video src={rec.url} controls aria-label={t('common:recorder.preview')} style={{ width: '100%', maxHeight: 320 }} />
          ) : (
            // biome-ignore lint/a11y/useMediaCaption: the author's own recording, played back before it is kept
            <audio src={rec.url} controls aria-label={t('common:recorder.preview')} style={{ width: '100%' }} />
          )}
          <Group gap="xs">
            <Button
              leftSection={<IconCheck size={16} aria-hidden />}
              loading={busy}
              onClick={() => rec.blob && onUse(rec.blob, kind)}
            >
              {t('common:recorder.use')}
            </Button>
            <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} disabled={busy} onClick={rec.reset}>
              {t('common:recorder.retake')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
