import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { type ManagedTrainingT, useFeedbackSummary, useManageActions } from './api';

/** What learners said, by population, and the answer that closes the loop: "what we changed after your feedback". */
export function FeedbackPanel({ training: d }: { training: ManagedTrainingT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useFeedbackSummary(d.id);
  const { change } = useManageActions();
  const [note, setNote] = useState('');
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const f = q.data;
  const avg = (v: number | null) => (v === null ? '—' : fmt.number(v, 1));
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Title order={3} size="h5" mb="xs">
          {t('training:feedbackPanel.summary', { count: f.count, average: avg(f.average) })}
        </Title>
        <Stack gap={4}>
          {f.byPopulation.map((g) => (
            <Text key={g.key} size="sm">
              {t('training:feedbackPanel.group', {
                group: g.key || t('training:feedbackPanel.noPopulation'),
                count: g.count,
                average: avg(g.average),
              })}
            </Text>
          ))}
        </Stack>
      </Card>
      {f.comments.length > 0 && (
        <Card withBorder padding="md">
          <Title order={3} size="h5" mb="xs">
            {t('training:feedbackPanel.suggestions')}
          </Title>
          <Stack gap="xs">
            {f.comments.map((c) => (
              <div key={c.at}>
                <Text size="xs" c="gray.7">
                  {[c.population, t('training:feedbackPanel.score', { score: c.usefulness }), fmt.date(c.at)]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm">«{c.suggestion}»</Text>
              </div>
            ))}
          </Stack>
        </Card>
      )}
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('training:feedbackPanel.changesTitle')}
          </Title>
          {f.changes.map((c) => (
            <Text key={c.at} size="sm">
              {fmt.date(c.at)} — {c.note}
            </Text>
          ))}
          <Textarea
            label={t('training:feedbackPanel.changeLabel')}
            description={t('training:feedbackPanel.changeHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button
              disabled={!note.trim()}
              loading={change.isPending}
              onClick={() => change.mutate({ id: d.id, note }, { onSuccess: () => setNote('') })}
            >
              {t('training:feedbackPanel.changeSubmit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
