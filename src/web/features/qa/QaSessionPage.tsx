import { Alert, Button, Card, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useQaActions, useQaSession } from './api';
import { QaQuestionCard } from './QaQuestionCard';

/** One session: ask (named or anonymous), upvote colleagues' questions, read the leaders' answers. */
export function QaSessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useQaSession(id);
  const act = useQaActions(id);
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  if (session.isLoading) return <Loading />;
  const s = session.data;
  if (!s) return <ErrorAlert error={session.error} />;
  const sorted = [...s.questions].sort((a, b) => b.votes - a.votes);
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{s.title}</Title>
      {s.description && <Text>{s.description}</Text>}
      <Text size="sm" c="gray.7">
        {t('qa:leaders', { names: s.leaders.map((l) => l.name).join(', ') })}
      </Text>
      {s.status === 'open' && (
        <Card withBorder padding="sm">
          <Stack gap="xs">
            <Textarea
              label={t('qa:ask')}
              autosize
              minRows={2}
              maxLength={1000}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            <Switch label={t('qa:askAnonymous')} checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
            <Text size="xs" c="gray.7">
              {t('qa:moderationNote')}
            </Text>
            {act.ask.isSuccess && !body && (
              <Alert color="teal" role="status">
                {t('qa:sent')}
              </Alert>
            )}
            <ErrorAlert error={act.ask.error} />
            <Button
              onClick={() => act.ask.mutate({ body, anonymous }, { onSuccess: () => setBody('') })}
              loading={act.ask.isPending}
              disabled={body.trim().length < 5}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('qa:send')}
            </Button>
          </Stack>
        </Card>
      )}
      <ErrorAlert error={act.vote.error ?? act.moderate.error ?? act.answer.error} />
      {sorted.map((q) => (
        <QaQuestionCard key={q.id} session={s} q={q} />
      ))}
    </Stack>
  );
}
