import { Button, Fieldset, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type SuggestionStatus, useSuggestionActions } from './api';
import { statusLabel } from './labels';

/** Mirrors the server's transitions (forward only, done and declined final); the server decides anyway. */
const next: Record<SuggestionStatus, SuggestionStatus[]> = {
  received: ['under_review', 'planned', 'done', 'declined'],
  under_review: ['planned', 'done', 'declined'],
  planned: ['done', 'declined'],
  done: [],
  declined: [],
};

/** HR move the suggestion on; declining says why, done says what was done (the "you said, we did" board). */
export function StatusForm({ id, current }: { id: string; current: SuggestionStatus }) {
  const { t } = useTranslation();
  const { status } = useSuggestionActions();
  const [to, setTo] = useState<SuggestionStatus | null>(next[current][0] ?? null);
  const [note, setNote] = useState('');
  if (next[current].length === 0) return null;
  const save = () =>
    to &&
    status.mutate(
      {
        id,
        body: {
          status: to,
          expected: current,
          ...(to === 'declined' ? { reason: note } : {}),
          ...(to === 'done' ? { outcome: note } : {}),
        },
      },
      { onSuccess: () => setNote('') },
    );
  return (
    <Fieldset legend={t('suggestions:manage.statusLegend')}>
      <Stack gap="xs">
        <Select
          label={t('suggestions:manage.newStatus')}
          data={next[current].map((s) => ({ value: s, label: statusLabel(t, s) }))}
          value={to}
          allowDeselect={false}
          onChange={(v) => setTo(v as SuggestionStatus)}
        />
        {(to === 'declined' || to === 'done') && (
          <Textarea
            label={t(to === 'declined' ? 'suggestions:manage.reason' : 'suggestions:manage.outcome')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
        <ErrorAlert error={status.error} />
        <Button onClick={save} loading={status.isPending} variant="default" style={{ alignSelf: 'flex-start' }}>
          {t('suggestions:manage.saveStatus')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
