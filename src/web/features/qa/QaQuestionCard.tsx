import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconThumbUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { MediaPlayer } from '../../lib/MediaPlayer';
import type { QaSessionT } from './api';
import { useQaActions } from './api';
import { QaAnswerForm } from './QaAnswerForm';

type Question = QaSessionT['questions'][number];

/** A question with its votes and answer; moderators approve or reject it, leaders answer it. */
export function QaQuestionCard({ session, q }: { session: QaSessionT; q: Question }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const act = useQaActions(session.id);
  const votable = q.status === 'approved' || q.status === 'answered';
  return (
    <Card withBorder padding="sm">
      <Stack gap={6}>
        <Text size="xs" c="gray.7">
          {q.anonymous ? t('qa:anonymous') : q.askerName} · {fmt.date(q.askedOn)}
          {q.status === 'pending' && ` · ${t('qa:pending')}`}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{q.body}</Text>
        {q.answer && (
          <Card padding="xs" bg="var(--mantine-color-blue-0)">
            <Text size="xs" c="gray.7">
              {t('qa:answeredBy', { name: q.answer.leaderName ?? '' })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {q.answer.body}
            </Text>
            {q.answer.mediaUrl && (
              <MediaPlayer src={q.answer.mediaUrl} label={t('qa:answerMedia', { name: q.answer.leaderName ?? '' })} />
            )}
          </Card>
        )}
        <Group gap="xs">
          {votable && (
            <Button
              size="xs"
              variant={q.myVote ? 'filled' : 'default'}
              leftSection={<IconThumbUp size={14} aria-hidden />}
              disabled={q.myVote}
              onClick={() => act.vote.mutate(q.id)}
              aria-label={t('qa:voteLabel', { count: q.votes })}
            >
              {q.votes}
            </Button>
          )}
          {q.status === 'rejected' && <Badge color="red.9">{t('qa:rejected')}</Badge>}
          {session.canModerate && q.status === 'pending' && (
            <>
              <Button size="xs" onClick={() => act.moderate.mutate({ q: q.id, decision: 'approved' })}>
                {t('qa:approve')}
              </Button>
              <Button size="xs" variant="default" onClick={() => act.moderate.mutate({ q: q.id, decision: 'rejected' })}>
                {t('qa:reject')}
              </Button>
            </>
          )}
        </Group>
        {session.canAnswer && q.status === 'approved' && <QaAnswerForm sessionId={session.id} questionId={q.id} />}
      </Stack>
    </Card>
  );
}
