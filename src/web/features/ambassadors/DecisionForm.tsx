import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { type CandidateT, type DecisionBodyT, type ProgrammeT, useDecide } from './api';

type Props = { programme: ProgrammeT; candidate: CandidateT; from: 'pending' | 'waitlisted'; onConflict: () => void };

/** The rubric's scores (1–5), a reason, and accept / waiting list / decline; a conflict says who got there first. */
export function DecisionForm({ programme, candidate, from, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const decide = useDecide(programme.id);
  const [scores, setScores] = useState<Record<string, number>>(candidate.scores);
  const [reason, setReason] = useState('');
  const send = (decision: DecisionBodyT['decision']) =>
    decide.mutate({ applicationId: candidate.id, from, decision, reason, scores });
  // Someone else decided first: the error stays in view, and the reviewer reloads the list when they have read it.
  const conflict = decide.error instanceof ApiError && decide.error.status === 409;
  return (
    <Stack gap="xs" mt="xs">
      {programme.rubric.map((r) => {
        const label = i18n.language === 'en' ? r.labelEn : r.labelIt;
        return (
          <Group key={r.key} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" id={`rubric-${candidate.id}-${r.key}`}>
              {label}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={`rubric-${candidate.id}-${r.key}`}
              value={scores[r.key] ? String(scores[r.key]) : ''}
              onChange={(v) => setScores((s) => ({ ...s, [r.key]: Number(v) }))}
              data={['1', '2', '3', '4', '5']}
            />
          </Group>
        );
      })}
      <Textarea
        label={t('ambassadors:screening.reason')}
        description={t('ambassadors:screening.reasonHint')}
        autosize
        minRows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <ErrorAlert error={decide.error} />
      {conflict && (
        <Button size="xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={onConflict}>
          {t('ambassadors:screening.reload')}
        </Button>
      )}
      <Group gap="xs">
        <Button size="sm" color="teal.9" disabled={!reason.trim()} loading={decide.isPending} onClick={() => send('accept')}>
          {t('ambassadors:screening.accept')}
        </Button>
        {from === 'pending' && (
          <Button
            size="sm"
            variant="default"
            disabled={!reason.trim()}
            loading={decide.isPending}
            onClick={() => send('waitlist')}
          >
            {t('ambassadors:screening.waitlist')}
          </Button>
        )}
        <Button
          size="sm"
          color="red.9"
          variant="outline"
          disabled={!reason.trim()}
          loading={decide.isPending}
          onClick={() => send('decline')}
        >
          {t('ambassadors:screening.decline')}
        </Button>
      </Group>
    </Stack>
  );
}
