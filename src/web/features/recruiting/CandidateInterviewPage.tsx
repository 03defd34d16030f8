import { Alert, Anchor, Button, Card, Container, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { InterviewQuestion } from './InterviewQuestion';
import { useCandidateActions, useCandidateInterview } from './interview-api';
import { TakeRecorder } from './TakeRecorder';

/**
 * The candidate's interview, on a phone, without an account (their magic-link session). What candidates dislike in
 * one-way interviews is answered here: everything is explained first, think time is offered not imposed, a practice
 * take is free, retakes are allowed, the manager's own voice asks, and a written answer is always possible.
 */
export function CandidateInterviewPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { slug = '' } = useParams();
  const iv = useCandidateInterview(slug);
  const act = useCandidateActions(slug);
  const data = iv.data;
  if (iv.isLoading) return <Loading />;
  if (!data)
    return (
      <Container size="sm" py="lg">
        <Alert color="red" title={t('recruiting:candidate.noSession')}>
          <Stack gap="xs">
            <Text size="sm">{iv.error instanceof ApiError ? iv.error.message : t('common:errors.generic')}</Text>
            {iv.error instanceof ApiError && iv.error.code === 'recruiting.session_expired' && (
              // The application's status page (server-rendered) offers the form for a new link when the session ended.
              <Anchor href={`/careers/${encodeURIComponent(slug)}/status`} c="red.9" fw={600} underline="always">
                {t('recruiting:candidate.newLink')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      </Container>
    );
  const missing = data.questions.filter((q) => q.chosenTakeId === null && q.textAnswer === null).length;
  return (
    <Container size="sm" px="sm" py="md" component="main">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('recruiting:candidate.title', { title: data.jobTitle })}
        </Title>
        <Text>{t('recruiting:candidate.deadline', { day: fmt.dateTime(data.deadline) })}</Text>
        {data.submittedAt || data.closed ? (
          // Plain text on the page's own colours (a tinted alert's body text fell short of contrast on a phone).
          <Card withBorder padding="md" role="status">
            <Text fw={700}>{data.submittedAt ? t('recruiting:candidate.sentTitle') : t('recruiting:candidate.closed')}</Text>
            {data.submittedAt && <Text size="sm">{t('recruiting:candidate.sentBody')}</Text>}
          </Card>
        ) : (
          <Card withBorder padding="md" component="section" aria-labelledby="before">
            <Stack gap="xs">
              <Title order={2} size="h4" id="before">
                {t('recruiting:candidate.beforeTitle')}
              </Title>
              <List size="sm" spacing={4}>
                <List.Item>{t('recruiting:candidate.before1')}</List.Item>
                <List.Item>{t('recruiting:candidate.before2')}</List.Item>
                <List.Item>{t('recruiting:candidate.before3')}</List.Item>
                <List.Item>{t('recruiting:candidate.before4')}</List.Item>
                <List.Item>{t('recruiting:candidate.before5')}</List.Item>
              </List>
              <Text size="sm" fw={600}>
                {t('recruiting:candidate.practiceTitle')}
              </Text>
              <TakeRecorder kinds={['video', 'audio']} thinkSeconds={0} answerSeconds={60} practice />
            </Stack>
          </Card>
        )}
        {data.questions.map((q, i) => (
          <InterviewQuestion key={q.id} q={q} n={i + 1} slug={slug} closed={data.closed} />
        ))}
        {!data.closed && (
          <Stack gap="xs">
            <Text size="sm">
              {missing > 0 ? t('recruiting:candidate.missing', { count: missing }) : t('recruiting:candidate.ready')}
            </Text>
            <ErrorAlert error={act.submit.error} />
            <Button size="md" disabled={missing > 0} loading={act.submit.isPending} onClick={() => act.submit.mutate()}>
              {t('recruiting:candidate.submit')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
