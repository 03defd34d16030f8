import { Button, Card, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useMyProgrammes, useSubmitQuiz } from './api';
import { Notice } from './Notice';

/** The short quiz on the guidelines: one answer per question, the pass mark said up front. */
export function QuizPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mine = useMyProgrammes();
  const submit = useSubmitQuiz(id);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const p = mine.data?.items.find((x) => x.id === id);
  if (mine.isLoading) return <Loading />;
  const quiz = p?.quiz;
  const result = submit.data;
  const complete = quiz ? quiz.questions.every((_, i) => answers[i] !== undefined) : false;
  return (
    <Stack maw={640} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('ambassadors:quiz.title', { name: p?.name ?? '' })}</Title>
        {quiz && (
          <Text size="sm" c="gray.7">
            {t('ambassadors:quiz.intro', { mark: quiz.passMark })}
          </Text>
        )}
      </div>
      <ErrorAlert error={mine.error} />
      {!quiz && <Text>{t('ambassadors:quiz.none')}</Text>}
      {quiz?.questions.map((q, i) => (
        <Card key={q.text} withBorder padding="md">
          <Radio.Group
            label={t('ambassadors:quiz.question', { n: i + 1, text: q.text })}
            value={answers[i] === undefined ? null : String(answers[i])}
            onChange={(v) => setAnswers((a) => ({ ...a, [i]: Number(v) }))}
          >
            <Stack gap={6} mt="xs">
              {q.options.map((o, j) => (
                <Radio key={o} value={String(j)} label={o} />
              ))}
            </Stack>
          </Radio.Group>
        </Card>
      ))}
      <ErrorAlert error={submit.error} />
      {result && (
        <Notice
          color={result.passed ? 'teal' : 'orange'}
          role="status"
          title={result.passed ? t('ambassadors:quiz.passed') : t('ambassadors:quiz.failed')}
        >
          {t('ambassadors:quiz.score', { score: result.score, total: result.total })}
        </Notice>
      )}
      {quiz && !result?.passed && (
        <Button
          disabled={!complete}
          loading={submit.isPending}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => submit.mutate(quiz.questions.map((_, i) => answers[i] ?? 0))}
        >
          {t('ambassadors:quiz.submit')}
        </Button>
      )}
      {result?.passed && (
        <Button component={Link} to={`/ambassadors/${id}`} variant="default" style={{ alignSelf: 'flex-start' }}>
          {t('ambassadors:quiz.back')}
        </Button>
      )}
    </Stack>
  );
}
