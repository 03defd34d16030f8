import { Alert, Button, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconMicrophone, IconVideo } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock } from '../../lib/format';
import { MediaPlayer } from '../../lib/MediaPlayer';
import { RecordingLive } from '../../lib/RecordingLive';
import { type RecordKind, useMediaRecorder } from '../../lib/useMediaRecorder';

const kindKeys: Record<RecordKind, string> = {
  video: 'recruiting:candidate.kind.video',
  audio: 'recruiting:candidate.kind.audio',
};

type Props = {
  kinds: RecordKind[];
  thinkSeconds: number;
  answerSeconds: number;
  /** A practice take stays in the browser (played back, never sent); a real take is handed over once stopped. */
  practice?: boolean;
  onTake?: (blob: Blob) => void;
  disabled?: boolean;
};

/**
 * Records one take. Think time is offered, never imposed: the candidate may start at once, and recording begins only
 * when the think time they asked for is over or they press start. The answer stops by itself at the time limit.
 */
export function TakeRecorder({ kinds, thinkSeconds, answerSeconds, practice = false, onTake, disabled }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RecordKind>(kinds[0]);
  const rec = useMediaRecorder({ kind, maxSeconds: answerSeconds });
  const [thinking, setThinking] = useState<number | null>(null);
  const { start, reset, state, blob } = rec;
  useEffect(() => {
    if (thinking === null) return;
    if (thinking <= 0) {
      setThinking(null);
      void start();
      return;
    }
    const timer = setTimeout(() => setThinking((s) => (s === null ? null : s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [thinking, start]);
  // A real take goes to the caller as soon as it is stopped (it counts as one of the takes allowed).
  useEffect(() => {
    if (!practice && state === 'recorded' && blob) {
      onTake?.(blob);
      reset();
    }
  }, [practice, state, blob, onTake, reset]);
  if (state === 'unsupported') return <Text size="sm">{t('recruiting:candidate.cannotRecord')}</Text>;
  const idle = thinking === null && (state === 'idle' || state === 'denied' || state === 'failed' || state === 'requesting');
  return (
    <Stack gap="xs">
      {kinds.length > 1 && idle && (
        <SegmentedControl
          value={kind}
          onChange={(k) => setKind(k as RecordKind)}
          data={kinds.map((k) => ({ value: k, label: t(kindKeys[k]) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {rec.error && (
        <Alert color="red" role="alert">
          {rec.error}
        </Alert>
      )}
      {idle && (
        <Group gap="xs" wrap="wrap">
          <Button
            leftSection={kind === 'video' ? <IconVideo size={16} aria-hidden /> : <IconMicrophone size={16} aria-hidden />}
            variant={practice ? 'default' : 'filled'}
            loading={state === 'requesting'}
            disabled={disabled}
            onClick={() => (thinkSeconds > 0 ? setThinking(thinkSeconds) : void start())}
          >
            {t(practice ? 'recruiting:candidate.practice' : 'recruiting:candidate.record')}
          </Button>
        </Group>
      )}
      {thinking !== null && (
        <Stack gap={4}>
          <Text size="sm" role="status">
            {t('recruiting:candidate.thinking', { s: thinking })}
          </Text>
          <Progress value={(thinking / thinkSeconds) * 100} aria-hidden />
          <Group gap="xs">
            <Button size="sm" onClick={() => setThinking(0)}>
              {t('recruiting:candidate.startNow')}
            </Button>
            <Button size="sm" variant="default" onClick={() => setThinking(null)}>
              {t('recruiting:candidate.notYet')}
            </Button>
          </Group>
        </Stack>
      )}
      {state === 'recording' && (
        <RecordingLive
          stream={rec.stream}
          video={kind === 'video'}
          onStop={rec.stop}
          status={t('recruiting:candidate.recording', { time: clock(rec.elapsed), max: clock(answerSeconds) })}
          maxHeight={280}
        />
      )}
      {practice && state === 'recorded' && rec.url && (
        <>
          <Text size="sm">{t('recruiting:candidate.practiceDone')}</Text>
          <MediaPlayer src={rec.url} kind={kind} label={t('common:recorder.preview')} />
          <Button size="sm" variant="default" style={{ alignSelf: 'flex-start' }} onClick={reset}>
            {t('recruiting:candidate.practiceAgain')}
          </Button>
        </>
      )}
    </Stack>
  );
}
