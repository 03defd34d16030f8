import { Anchor, Badge, Button, Card, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type ApplicationT, type StageT, usePipelineActions } from './api';
import { InterviewPanel } from './InterviewPanel';
import { pipelineStages, sourceKeys, stageKeys } from './labels';
import { ReviewPanel } from './ReviewPanel';

export function ApplicationCard({ app }: { app: ApplicationT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const act = usePipelineActions(app.id);
  const [open, setOpen] = useState(false);
  const [interview, setInterview] = useState(false);
  const error = act.stage.error ?? act.shortlist.error ?? act.outcome.error;
  return (
    <Card withBorder padding="sm" aria-label={app.name}>
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          <Text fw={600}>{app.name}</Text>
          <Badge color="blue.9">{t(stageKeys[app.stage])}</Badge>
          <Badge variant="outline">{t(sourceKeys[app.source])}</Badge>
          {app.shortlisted && <Badge color="indigo.9">{t('recruiting:pipeline.shortlisted')}</Badge>}
        </Group>
        <Text size="sm" c="gray.7">
          {app.jobTitle} · {fmt.date(app.createdAt)} · {app.email}
        </Text>
        {app.referrerName && (
          <Text size="sm">
            {t(app.selfReferral ? 'recruiting:pipeline.selfReferral' : 'recruiting:pipeline.referredBy', {
              name: app.referrerName,
            })}
          </Text>
        )}
        <Text size="sm">
          {app.score !== null
            ? t('recruiting:pipeline.score', { score: fmt.number(app.score, 2), count: app.reviews })
            : t('recruiting:pipeline.scoreHidden', { count: app.reviews })}
        </Text>
        <Group gap="xs" wrap="wrap" align="flex-end">
          <Select
            label={t('recruiting:pipeline.stage')}
            w={180}
            disabled={app.stage === 'withdrawn'}
            data={pipelineStages.map((s) => ({ value: s, label: t(stageKeys[s]) }))}
            value={app.stage === 'withdrawn' ? null : app.stage}
            allowDeselect={false}
            onChange={(v) => v && act.stage.mutate(v as StageT)}
          />
          <Switch
            label={t('recruiting:pipeline.shortlist')}
            checked={app.shortlisted}
            onChange={(e) => act.shortlist.mutate(e.currentTarget.checked)}
          />
          {app.hasCv && (
            <Anchor href={`/api/recruiting/applications/${app.id}/cv`} size="sm">
              {t('recruiting:pipeline.cv')}
            </Anchor>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="default" onClick={() => setInterview((o) => !o)} aria-expanded={interview}>
            {t('recruiting:interview.toggle')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen((o) => !o)}>
            {t(app.myReviewDone ? 'recruiting:pipeline.seeReviews' : 'recruiting:pipeline.review')}
          </Button>
          {app.outcomeSentAt ? (
            <Text size="sm" c="teal.9">
              {t('recruiting:pipeline.outcomeSent', { day: fmt.date(app.outcomeSentAt) })}
            </Text>
          ) : (
            <>
              <Button size="xs" variant="light" onClick={() => act.outcome.mutate('next_round')}>
                {t('recruiting:pipeline.outcomeNext')}
              </Button>
              <Button size="xs" color="teal.9" onClick={() => act.outcome.mutate('hired')}>
                {t('recruiting:pipeline.outcomeHired')}
              </Button>
              <Button size="xs" color="gray.7" onClick={() => act.outcome.mutate('rejected')}>
                {t('recruiting:pipeline.outcomeRejected')}
              </Button>
            </>
          )}
        </Group>
        {act.outcome.isSuccess && (
          <Text size="sm" c="teal.9">
            {t('recruiting:pipeline.outcomeDone')}
          </Text>
        )}
        <ErrorAlert error={error} />
        {interview && <InterviewPanel app={app} />}
        {open && <ReviewPanel app={app} />}
      </Stack>
    </Card>
  );
}
