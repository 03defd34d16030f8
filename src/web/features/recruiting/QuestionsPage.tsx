import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { MediaPlayer } from '../../lib/MediaPlayer';
import { RecordMedia } from '../../lib/RecordMedia';
import { RequirePermission } from '../../lib/RequirePermission';
import { useJob } from './api';
import { type QuestionT, useQuestionActions, useQuestions } from './interview-api';
import { modeKeys, QuestionForm } from './QuestionForm';

/** HR build a job's interview: ordered questions, each optionally recorded by the hiring manager in their own voice. */
export function QuestionsPage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <Questions />
    </RequirePermission>
  );
}

function Questions() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const job = useJob(id);
  const list = useQuestions(id);
  const act = useQuestionActions(id);
  const qs = list.data?.questions ?? [];
  const move = (i: number, by: number) => {
    const ids = qs.map((q) => q.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    act.order.mutate(ids);
  };
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Title order={2}>{t('recruiting:questions.title')}</Title>
      {job.data && <Text c="gray.7">{i18n.language === 'en' ? job.data.titleEn : job.data.titleIt}</Text>}
      <Text size="sm">{t('recruiting:questions.intro')}</Text>
      <Group gap="xs">
        <Anchor component={Link} to={`/recruiting/jobs/${id}/shortlist`} size="sm">
          {t('recruiting:shortlist.open')}
        </Anchor>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error ?? act.order.error ?? act.remove.error} />
      {qs.map((q, i) => (
        <Card key={q.id} withBorder padding="sm" aria-label={t('recruiting:questions.number', { n: i + 1 })}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={3} size="h5">
                {i + 1}. {i18n.language === 'en' ? q.textEn : q.textIt}
              </Title>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  aria-label={t('recruiting:questions.up')}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={t('recruiting:questions.down')}
                  disabled={i === qs.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  color="red.9"
                  aria-label={t('recruiting:questions.delete')}
                  onClick={() => act.remove.mutate(q.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
            <Settings q={q} />
            <Prompt q={q} jobId={id} />
          </Stack>
        </Card>
      ))}
      <Card withBorder padding="md">
        <Title order={3} size="h4" mb="xs">
          {t('recruiting:questions.new')}
        </Title>
        <QuestionForm jobId={id} />
      </Card>
    </Stack>
  );
}

function Settings({ q }: { q: QuestionT }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="outline">
        {q.thinkSeconds ? t('recruiting:questions.thinkBadge', { s: q.thinkSeconds }) : t('recruiting:questions.noThink')}
      </Badge>
      <Badge variant="outline">{t('recruiting:questions.answerBadge', { s: q.answerSeconds })}</Badge>
      <Badge variant="outline">{t('recruiting:questions.takesBadge', { count: q.takes })}</Badge>
      {q.modes.map((m) => (
        <Badge key={m} color="blue.9">
          {t(modeKeys[m])}
        </Badge>
      ))}
    </Group>
  );
}

function Prompt({ q, jobId }: { q: QuestionT; jobId: string }) {
  const { t } = useTranslation();
  const act = useQuestionActions(jobId);
  return (
    <Stack gap={4}>
      {q.hasPrompt ? (
        <>
          <Text size="sm" fw={600}>
            {t('recruiting:questions.recorded')}
          </Text>
          <MediaPlayer
            src={`/api/recruiting/questions/${q.id}/recording`}
            kind={q.promptType?.startsWith('audio') ? 'audio' : null}
            label={t('recruiting:questions.recorded')}
          />
          <Button size="xs" variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => act.unrecord.mutate(q.id)}>
            {t('recruiting:questions.removeRecording')}
          </Button>
        </>
      ) : (
        <Text size="sm" c="gray.7">
          {t('recruiting:questions.recordHint')}
        </Text>
      )}
      <RecordMedia onUse={(blob) => act.record.mutate({ id: q.id, blob })} busy={act.record.isPending} maxSeconds={180} />
      <ErrorAlert error={act.record.error} />
    </Stack>
  );
}
