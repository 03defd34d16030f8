import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconEyeOff, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { useFormat } from '../../lib/format';
import { type OpenSurveyT, useOpenSurveys, useSubmitResponse } from './api';
import { type Answer, QuestionField } from './QuestionField';

/** The respondent's page: first what happens to the answers (anonymous or named), then the questions. */
export function AnswerPage() {
  const { id } = useParams();
  const open = useOpenSurveys();
  const survey = open.data?.items.find((s) => s.id === id);
  if (open.isLoading) return <Loading />;
  if (open.error) return <ErrorAlert error={open.error} />;
  if (!survey) return <NotFoundPage />;
  return <Questionnaire survey={survey} />;
}

function Questionnaire({ survey }: { survey: OpenSurveyT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [started, setStarted] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const submit = useSubmitResponse();
  const done = survey.answered || submit.isSuccess;
  const send = () =>
    submit.mutate({
      roundId: survey.roundId,
      answers: Object.entries(answers).map(([questionId, a]) => ({ questionId, ...a })),
    });
  return (
    <Stack maw={640} mx="auto" gap="md">
      <Title order={2}>{survey.title}</Title>
      {survey.intro && <Text>{survey.intro}</Text>}
      <Alert
        color={survey.anonymous ? 'teal' : 'blue'}
        icon={survey.anonymous ? <IconEyeOff size={18} aria-hidden /> : <IconUser size={18} aria-hidden />}
      >
        {/* The title as plain bold text: an alert's coloured title is too pale to read on a phone in the sun. */}
        <Text fw={700}>{t(survey.anonymous ? 'surveys:answer.anonymousTitle' : 'surveys:answer.namedTitle')}</Text>
        <Text size="sm">{t(survey.anonymous ? 'surveys:answer.anonymousText' : 'surveys:answer.namedText')}</Text>
      </Alert>
      <Text size="sm" c="gray.7">
        {t('surveys:answer.closes', { date: fmt.date(survey.closesAt) })}
      </Text>
      {done ? (
        <Card withBorder padding="md">
          <Stack gap="xs" align="flex-start">
            <IconCircleCheck size={28} aria-hidden color="var(--mantine-color-teal-9)" />
            <Text fw={600}>{t('surveys:answer.thanks')}</Text>
            <Button component={Link} to="/feed" variant="default">
              {t('surveys:answer.backToFeed')}
            </Button>
          </Stack>
        </Card>
      ) : !started ? (
        <Button onClick={() => setStarted(true)} size="md">
          {t('surveys:answer.start', { count: survey.questions.length })}
        </Button>
      ) : (
        <Stack gap="lg">
          {survey.questions.map((q, i) => (
            <QuestionField
              key={q.id}
              q={q}
              n={i + 1}
              answer={answers[q.id] ?? {}}
              onChange={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
            />
          ))}
          <ErrorAlert error={submit.error} />
          <Button onClick={send} loading={submit.isPending} size="md">
            {t('surveys:answer.send')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
