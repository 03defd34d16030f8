import { Alert, Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { CreateActionForm } from '../actions/CreateActionForm';
import { type ResultsFilter, resultsQuery, type SurveyResultsT, useResults } from './api';
import { QuestionResultCard } from './QuestionResultCard';

const dimKeys = {
  department: 'surveys:dims.department',
  site: 'surveys:dims.site',
  jobFamily: 'surveys:dims.jobFamily',
  tenure: 'surveys:dims.tenure',
} as const;
const statusKeys = {
  open: 'surveys:results.open',
  too_few: 'surveys:results.tooFew',
  no_round: 'surveys:results.noRound',
} as const;

/** Results as the server allows them: groups under the threshold, or recoverable from others, never reach the page. */
export function ResultsPage() {
  return (
    <RequirePermission permission="surveys.manage">
      <Results />
    </RequirePermission>
  );
}

function Results() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const [filter, setFilter] = useState<ResultsFilter>({});
  const res = useResults(id, filter);
  const r = res.data;
  if (res.isLoading) return <Loading />;
  if (!r) return <ErrorAlert error={res.error} />;
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={2}>{r.survey.title}</Title>
      {r.survey.anonymous && (
        <Alert color="teal" icon={<IconEyeOff size={18} aria-hidden />}>
          {t('surveys:results.anonymity', { k: r.k })}
        </Alert>
      )}
      <Group grow wrap="wrap" align="flex-end">
        <Select
          label={t('surveys:results.round')}
          data={r.rounds.map((x) => ({
            value: x.id,
            label: t(x.status === 'open' ? 'surveys:results.roundOpen' : 'surveys:results.roundClosed', {
              date: fmt.date(x.opensAt),
              n: x.responses,
            }),
          }))}
          value={r.round?.id ?? null}
          allowDeselect={false}
          onChange={(v) => v && setFilter({ ...filter, round: v })}
        />
        <Select
          label={t('surveys:results.breakdown')}
          placeholder={t('surveys:results.noBreakdown')}
          data={(Object.keys(dimKeys) as (keyof typeof dimKeys)[]).map((d) => ({ value: d, label: t(dimKeys[d]) }))}
          value={filter.breakdown ?? null}
          clearable
          onChange={(v) => setFilter({ ...filter, breakdown: v ?? undefined })}
        />
      </Group>
      {r.round && (
        <Text size="sm" c="gray.7">
          {t('surveys:results.participation', { n: r.round.responses, of: r.round.audienceSize })}
        </Text>
      )}
      {r.status !== 'shown' ? (
        <Alert color="yellow">{t(statusKeys[r.status], { k: r.k })}</Alert>
      ) : (
        <>
          <Text fw={600}>{t('surveys:results.respondents', { count: r.n ?? 0 })}</Text>
          {r.questions.map((q, i) => (
            <QuestionResultCard key={q.id} q={q} n={i + 1} />
          ))}
          {r.breakdown && <Breakdown r={r} />}
          <Anchor href={`/api/surveys/${id}/results.csv${resultsQuery(filter)}`} download>
            {t('surveys:results.csv')}
          </Anchor>
          <CreateActionForm surveyId={id} />
        </>
      )}
      {r.trend.length > 1 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('surveys:results.trend')}
          </Title>
          <Table horizontalSpacing="xs" fz="sm">
            <Table.Tbody>
              {r.trend.map((x) => (
                <Table.Tr key={x.roundId}>
                  <Table.Td>{fmt.date(x.opensAt)}</Table.Td>
                  <Table.Td ta="right">{x.enps === null ? t('surveys:results.hidden') : fmt.number(x.enps)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

function Breakdown({ r }: { r: SurveyResultsT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scored = r.questions.filter((q) => q.kind === 'enps' || q.kind === 'scale');
  if (!r.breakdown) return null;
  return (
    <Table horizontalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(dimKeys[r.breakdown.dim])}</Table.Th>
          <Table.Th ta="right">{t('surveys:results.n')}</Table.Th>
          {scored.map((q, i) => (
            <Table.Th key={q.id} ta="right" title={q.text}>
              {t('surveys:results.q', { n: r.questions.indexOf(q) + 1 || i + 1 })}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {r.breakdown.groups.map((g) => (
          <Table.Tr key={g.value ?? (g.shown ? 'none' : 'withheld')}>
            <Table.Td>
              {g.shown ? (g.value ?? t('surveys:results.notStated')) : t('surveys:results.withheld', { k: r.k })}
            </Table.Td>
            <Table.Td ta="right">{g.n ?? '—'}</Table.Td>
            {scored.map((q) => (
              <Table.Td key={q.id} ta="right">
                {g.scores[q.id] === undefined || g.scores[q.id] === null ? '—' : fmt.number(g.scores[q.id] as number, 1)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
