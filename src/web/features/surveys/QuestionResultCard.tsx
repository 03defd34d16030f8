import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { SurveyResultsT } from './api';

type QuestionResult = SurveyResultsT['questions'][number];

/** The labels of a distribution's bars: the scale's points, or the choices. */
function labelsOf(q: QuestionResult): string[] {
  if (q.kind === 'enps') return Array.from({ length: 11 }, (_, i) => String(i));
  if (q.kind === 'scale') return ['1', '2', '3', '4', '5'];
  return q.choices;
}

/** One question's distribution (counts only, of a group already judged large enough by the server). */
export function QuestionResultCard({ q, n }: { q: QuestionResult; n: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = labelsOf(q);
  const total = Math.max(1, q.kind === 'multi' ? q.n : q.counts.reduce((a, b) => a + b, 0));
  return (
    <Card withBorder padding="sm">
      <Stack gap={6}>
        <Text fw={600}>{`${n}. ${q.text}`}</Text>
        <Text size="sm" c="gray.7">
          {t('surveys:results.answered', { count: q.n })}
          {q.enps !== null && ` · ${t('surveys:results.enps', { value: fmt.number(q.enps) })}`}
          {q.mean !== null && q.enps === null && ` · ${t('surveys:results.mean', { value: fmt.number(q.mean, 1) })}`}
        </Text>
        {q.kind !== 'text' &&
          labels.map((label, i) => (
            <Group key={label} gap="xs" wrap="nowrap">
              <Text size="sm" w={q.kind === 'single' || q.kind === 'multi' ? 120 : 24} truncate>
                {label}
              </Text>
              <Progress
                value={((q.counts[i] ?? 0) / total) * 100}
                style={{ flex: 1 }}
                aria-label={t('surveys:results.bar', { label, count: q.counts[i] ?? 0 })}
              />
              <Text size="sm" w={36} ta="right">
                {q.counts[i] ?? 0}
              </Text>
            </Group>
          ))}
        {q.kind === 'text' &&
          (q.texts.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('surveys:results.noTexts')}
            </Text>
          ) : (
            q.texts.map((x, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: free texts come shuffled, with no identity
              <Text key={i} size="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 8 }}>
                {x}
              </Text>
            ))
          ))}
      </Stack>
    </Card>
  );
}
