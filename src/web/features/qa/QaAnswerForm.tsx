import { Button, FileInput, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MediaPlayer } from '../../lib/MediaPlayer';
import { RecordMedia } from '../../lib/RecordMedia';
import { useNewsUpload } from '../news/upload';
import { useQaActions } from './api';

/**
 * A leader answers in text, with an audio or video message (recorded here or uploaded from a file), or both. The
 * message is uploaded first (the server checks the caller leads the session), then named by the answer.
 */
export function QaAnswerForm({ sessionId, questionId }: { sessionId: string; questionId: string }) {
  const { t } = useTranslation();
  const act = useQaActions(sessionId);
  const upload = useNewsUpload(`/api/qa/${sessionId}/media`);
  const [body, setBody] = useState('');
  const [media, setMedia] = useState<{ key: string; url: string } | null>(null);
  const put = (file: Blob | null) => file && upload.mutate(file, { onSuccess: (u) => setMedia({ key: u.key, url: u.url }) });
  return (
    <Stack gap={6}>
      <Textarea label={t('qa:answerLabel')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
      {media ? (
        <>
          <Text size="sm" fw={500}>
            {t('qa:mediaAttached')}
          </Text>
          <MediaPlayer src={media.url} label={t('qa:mediaAttached')} />
          <Button variant="subtle" size="xs" onClick={() => setMedia(null)} style={{ alignSelf: 'flex-start' }}>
            {t('qa:removeMedia')}
          </Button>
        </>
      ) : (
        <>
          <Text size="sm" fw={500}>
            {t('qa:recordLabel')}
          </Text>
          <RecordMedia onUse={(blob) => put(blob)} busy={upload.isPending} />
          <FileInput
            label={t('qa:mediaFile')}
            accept="video/mp4,video/webm,audio/mpeg,audio/mp4,audio/ogg"
            onChange={put}
            clearable
          />
        </>
      )}
      <ErrorAlert error={upload.error ?? act.answer.error} />
      <Button
        size="xs"
        disabled={!body.trim() && !media}
        loading={act.answer.isPending}
        onClick={() => act.answer.mutate({ q: questionId, body, mediaKey: media?.key ?? null })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('qa:sendAnswer')}
      </Button>
    </Stack>
  );
}
