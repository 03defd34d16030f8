import { Button, Group, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type StoryT, useDecide } from './api';
import { decisionKeys, type DecisionKind as Kind } from './labels';

/** Approve (with an optional suggested caption), ask for changes (a comment), or decline (a reason). */
export function DecisionPanel({ story }: { story: StoryT }) {
  const { t } = useTranslation();
  const decide = useDecide();
  const [kind, setKind] = useState<Kind>('approve');
  const [text, setText] = useState('');
  const go = () =>
    decide.mutate(
      kind === 'approve'
        ? { id: story.id, kind, captions: text.trim() ? [{ locale: story.locale, text: text.trim() }] : [] }
        : { id: story.id, kind, note: text.trim() },
    );
  return (
    <Stack gap="xs">
      <SegmentedControl
        fullWidth
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={[
          { value: 'approve', label: t('stories:moderate.approve') },
          { value: 'request-changes', label: t('stories:moderate.changes') },
          { value: 'decline', label: t('stories:moderate.decline') },
        ]}
      />
      <Textarea
        label={t(decisionKeys[kind].field)}
        required={kind !== 'approve'}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <ErrorAlert error={decide.error} />
      <Group>
        <Button
          onClick={go}
          loading={decide.isPending}
          disabled={kind !== 'approve' && !text.trim()}
          color={kind === 'decline' ? 'red.9' : undefined}
        >
          {t(decisionKeys[kind].confirm)}
        </Button>
      </Group>
    </Stack>
  );
}
