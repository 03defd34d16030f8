import { Button, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApplicationT, usePipelineActions, useReviews } from './api';
import { rubricKeys } from './labels';

type Criterion = keyof typeof rubricKeys;
const criteria = Object.keys(rubricKeys) as Criterion[];

/** My rubric first; the others' scores appear only once mine is submitted (so nobody anchors on a colleague's). */
export function ReviewPanel({ app }: { app: ApplicationT }) {
  const { t } = useTranslation();
  const reviews = useReviews(app.id);
  const { review } = usePipelineActions(app.id);
  const [scores, setScores] = useState<Record<Criterion, number>>({ skills: 3, experience: 3, motivation: 3, communication: 3 });
  const [note, setNote] = useState('');
  if (!app.myReviewDone)
    return (
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('recruiting:review.blind')}
        </Text>
        {criteria.map((c) => (
          <Stack key={c} gap={2}>
            <Text size="sm" fw={600} id={`rubric-${app.id}-${c}`}>
              {t(rubricKeys[c])}
            </Text>
            <SegmentedControl
              aria-labelledby={`rubric-${app.id}-${c}`}
              data={['1', '2', '3', '4', '5']}
              value={String(scores[c])}
              onChange={(v) => setScores((s) => ({ ...s, [c]: Number(v) }))}
            />
          </Stack>
        ))}
        <Textarea label={t('recruiting:review.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ErrorAlert error={review.error} />
        <Button size="xs" onClick={() => review.mutate({ scores, note })} loading={review.isPending}>
          {t('recruiting:review.submit')}
        </Button>
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recruiting:review.reviewer')}</Table.Th>
            {criteria.map((c) => (
              <Table.Th key={c}>{t(rubricKeys[c])}</Table.Th>
            ))}
            <Table.Th>{t('recruiting:review.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.data?.reviews.map((r) => (
            <Table.Tr key={`${r.reviewerName}-${r.submittedAt}`}>
              <Table.Td>{r.reviewerName}</Table.Td>
              {criteria.map((c) => (
                <Table.Td key={c}>{r.scores[c] ?? '–'}</Table.Td>
              ))}
              <Table.Td>{r.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
