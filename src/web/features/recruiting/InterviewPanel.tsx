import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { MediaPlayer } from '../../lib/MediaPlayer';
import type { ApplicationT } from './api';
import { type HrInterviewT, useHrInterview, useSendInterview } from './interview-api';

type Answer = NonNullable<HrInterviewT['interview']>['answers'][number];
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** Send the job's interview with a deadline; once the candidate sent their answers, play them (each playback is logged). */
export function InterviewPanel({ app }: { app: ApplicationT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const iv = useHrInterview(app.id);
  const send = useSendInterview(app.id);
  const [day, setDay] = useState(inAWeek);
  if (iv.isLoading) return <Loading />;
  const interview = iv.data?.interview;
  if (!interview)
    return (
      <Stack gap="xs">
        <Text size="sm">{t('recruiting:interview.sendIntro')}</Text>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('recruiting:interview.deadline')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          <Button size="sm" loading={send.isPending} onClick={() => send.mutate(new Date(`${day}T23:59:00`).toISOString())}>
            {t('recruiting:interview.send')}
          </Button>
        </Group>
        <ErrorAlert error={send.error ?? iv.error} />
      </Stack>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        {interview.submittedAt
          ? t('recruiting:interview.submitted', { day: fmt.date(interview.submittedAt) })
          : t('recruiting:interview.waiting', { day: fmt.date(interview.deadline) })}
      </Text>
      {interview.submittedAt && interview.answers.map((a, i) => <AnswerView key={a.questionId} a={a} n={i + 1} />)}
    </Stack>
  );
}

function AnswerView({ a, n }: { a: Answer; n: number }) {
  const { t, i18n } = useTranslation();
  const [play, setPlay] = useState(false);
  const label = t('recruiting:interview.answerOf', { n });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {n}. {i18n.language === 'en' ? a.textEn : a.textIt}
      </Text>
      {a.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {a.text}
        </Text>
      )}
      {a.take &&
        (play ? (
          <MediaPlayer
            src={`/api/recruiting/takes/${a.take.id}`}
            kind={a.take.contentType.startsWith('audio') ? 'audio' : null}
            label={label}
          />
        ) : (
          // The recording is fetched (and the access logged) only when a reviewer chooses to play it.
          <Button size="xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setPlay(true)}>
            {t('recruiting:interview.play', { n })}
          </Button>
        ))}
    </Stack>
  );
}
