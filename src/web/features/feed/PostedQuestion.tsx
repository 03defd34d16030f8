import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ShareAnswerT, type ShareStateT, useAnswerShare } from './answer-api';

/**
 * "Did you post it?" for one share: the share counted as started when the network's window opened; only the
 * person knows whether it went out. The answer is theirs to give or not (clicks remain the proof either way).
 */
export function PostedQuestion({
  shareId,
  question,
  onAnswered,
}: {
  shareId: string;
  question: string;
  onAnswered?: (state: ShareStateT) => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerShare();
  const give = (a: ShareAnswerT) => answer.mutate({ shareId, answer: a }, { onSuccess: (s) => onAnswered?.(s) });
  const btn = (a: ShareAnswerT) => ({
    loading: answer.isPending && answer.variables?.answer === a,
    disabled: answer.isPending,
    onClick: () => give(a),
  });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {question}
      </Text>
      <Group gap="xs">
        <Button size="xs" {...btn('posted')}>
          {t('feed:posted.yes')}
        </Button>
        <Button size="xs" variant="default" {...btn('not_yet')}>
          {t('feed:posted.notYet')}
        </Button>
        <Button size="xs" variant="default" {...btn('changed_mind')}>
          {t('feed:posted.changedMind')}
        </Button>
      </Group>
      <ErrorAlert error={answer.error} />
    </Stack>
  );
}

/** What the person said, in a few words (after answering, or in their history). */
export function answeredText(t: (k: string) => string, status: ShareStateT['status']): string | null {
  if (status === 'confirmed') return t('feed:posted.confirmed');
  if (status === 'not_yet') return t('feed:posted.later');
  if (status === 'cancelled') return t('feed:posted.cancelled');
  return null;
}
