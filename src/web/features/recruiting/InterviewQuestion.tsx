import { Badge, Button, Card, Group, Progress, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MediaPlayer } from '../../lib/MediaPlayer';
import type { RecordKind } from '../../lib/useMediaRecorder';
import { type CandidateInterviewT, candidateBase, useCandidateActions } from './interview-api';
import { TakeRecorder } from './TakeRecorder';

type Q = CandidateInterviewT['questions'][number];

/** One question: the manager's voice, what to expect, the takes recorded so far (choose one), or a written answer. */
export function InterviewQuestion({ q, n, slug, closed }: { q: Q; n: number; slug: string; closed: boolean }) {
  const { t } = useTranslation();
  const act = useCandidateActions(slug);
  const [sent, setSent] = useState<number | null>(null);
  const [text, setText] = useState(q.textAnswer ?? '');
  // The choice shows at once; the server's answer follows (a refused choice is shown in the error below).
  const [chosen, setChosen] = useState<string | null>(null);
  const kinds = q.modes.filter((m): m is RecordKind => m !== 'text');
  const left = q.takes - q.myTakes.length;
  const base = candidateBase(slug);
  const answered = q.chosenTakeId !== null || q.textAnswer !== null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`q-${q.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={`q-${q.id}`}>
            {t('recruiting:candidate.questionN', { n })}
          </Title>
          {answered && <Badge color="teal.9">{t('recruiting:candidate.answered')}</Badge>}
        </Group>
        <Text fw={600}>{q.text}</Text>
        {q.hasPrompt && (
          <Stack gap={2}>
            <Text size="sm">{t('recruiting:candidate.listen')}</Text>
            <MediaPlayer
              src={`${base}/questions/${q.id}/prompt`}
              kind={q.promptType?.startsWith('audio') ? 'audio' : null}
              label={t('recruiting:candidate.listen')}
            />
          </Stack>
        )}
        <Text size="sm" c="gray.8">
          {q.thinkSeconds > 0
            ? t('recruiting:candidate.thinkInfo', { s: q.thinkSeconds })
            : t('recruiting:candidate.noThinkInfo')}{' '}
          {t('recruiting:candidate.answerInfo', { s: q.answerSeconds })}{' '}
          {t('recruiting:candidate.takesInfo', { count: q.takes, left })}
        </Text>
        {!closed && kinds.length > 0 && left > 0 && (
          <TakeRecorder
            kinds={kinds}
            thinkSeconds={q.thinkSeconds}
            answerSeconds={q.answerSeconds}
            disabled={act.take.isPending}
            onTake={(blob) => {
              setSent(0);
              act.take.mutate(
                { questionId: q.id, blob, onProgress: (b) => setSent(Math.round((b / blob.size) * 100)) },
                { onSettled: () => setSent(null) },
              );
            }}
          />
        )}
        {sent !== null && (
          <Stack gap={2}>
            <Text size="sm" role="status">
              {t('recruiting:candidate.uploading', { pct: sent })}
            </Text>
            <Progress value={sent} aria-label={t('recruiting:candidate.uploading', { pct: sent })} />
          </Stack>
        )}
        <ErrorAlert error={act.take.error ?? act.choose.error} />
        {q.myTakes.length > 0 && (
          <Radio.Group
            label={t('recruiting:candidate.chooseTake')}
            value={chosen ?? q.chosenTakeId}
            onChange={(takeId) => {
              if (closed) return;
              setChosen(takeId);
              act.choose.mutate({ questionId: q.id, takeId });
            }}
          >
            <Stack gap="xs" mt={4}>
              {q.myTakes.map((tk) => (
                <Stack key={tk.id} gap={2}>
                  <Radio value={tk.id} disabled={closed} label={t('recruiting:candidate.takeN', { n: tk.number })} />
                  <MediaPlayer
                    src={`${base}/takes/${tk.id}`}
                    kind={tk.contentType.startsWith('audio') ? 'audio' : null}
                    label={t('recruiting:candidate.takeN', { n: tk.number })}
                  />
                </Stack>
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Textarea
          label={t('recruiting:candidate.writeLabel')}
          description={t('recruiting:candidate.writeHint')}
          autosize
          minRows={2}
          maxLength={5000}
          disabled={closed}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {!closed && (
          <Button
            size="sm"
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            disabled={!text.trim()}
            loading={act.choose.isPending}
            onClick={() => act.choose.mutate({ questionId: q.id, text })}
          >
            {t('recruiting:candidate.sendText')}
          </Button>
        )}
        {q.textAnswer !== null && q.chosenTakeId === null && (
          <Text size="sm" c="teal.9">
            {t('recruiting:candidate.textChosen')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
