import { Alert, Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff, IconMessageQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useResults, useTeamSurveys } from './api';
import { QuestionResultCard } from './QuestionResultCard';

const statusKeys = {
  open: 'surveys:results.open',
  too_few: 'surveys:team.tooFew',
  no_round: 'surveys:results.noRound',
} as const;

/** A manager's surveys: each opens their own team's results (the whole team only, never under k). */
export function TeamSurveysPage() {
  return (
    <RequirePermission permission="surveys.team">
      <TeamSurveys />
    </RequirePermission>
  );
}

function TeamSurveys() {
  const { t } = useTranslation();
  const list = useTeamSurveys();
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('surveys:team.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('surveys:team.intro')}
      </Text>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && (
        <EmptyState icon={<IconMessageQuestion size={24} aria-hidden />} title={t('surveys:team.empty')} />
      )}
      {list.data?.items.map((s) => (
        <Card key={s.id} withBorder padding="sm" component={Link} to={`/surveys/team/${s.id}`}>
          <Group gap={6} wrap="wrap">
            <Text fw={600}>{s.title}</Text>
            <Badge color={s.anonymous ? 'teal.9' : 'blue.9'}>{t(s.anonymous ? 'surveys:anonymous' : 'surveys:named')}</Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

export function TeamResultsPage() {
  return (
    <RequirePermission permission="surveys.team">
      <TeamResults />
    </RequirePermission>
  );
}

function TeamResults() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const [round, setRound] = useState<string | undefined>();
  const res = useResults(id, { scope: 'team', round });
  const r = res.data;
  if (res.isLoading) return <Loading />;
  if (!r) return <ErrorAlert error={res.error} />;
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={2}>{t('surveys:team.resultsTitle', { title: r.survey.title })}</Title>
      {r.survey.anonymous && (
        <Alert color="teal" icon={<IconEyeOff size={18} aria-hidden />}>
          {t('surveys:results.anonymity', { k: r.k })}
        </Alert>
      )}
      {r.rounds.length > 1 && (
        <Select
          label={t('surveys:results.round')}
          data={r.rounds.map((x) => ({ value: x.id, label: fmt.date(x.opensAt) }))}
          value={r.round?.id ?? null}
          allowDeselect={false}
          onChange={(v) => v && setRound(v)}
        />
      )}
      {r.status !== 'shown' ? (
        <Alert color="yellow">{t(statusKeys[r.status], { k: r.k })}</Alert>
      ) : (
        <>
          <Text fw={600}>{t('surveys:results.respondents', { count: r.n ?? 0 })}</Text>
          {r.questions.map((q, i) => (
            <QuestionResultCard key={q.id} q={q} n={i + 1} />
          ))}
        </>
      )}
    </Stack>
  );
}
