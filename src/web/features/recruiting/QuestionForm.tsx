import { Button, Checkbox, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type QuestionFieldsT, useQuestionActions } from './interview-api';

type Mode = QuestionFieldsT['modes'][number];
export const modeKeys: Record<Mode, string> = {
  video: 'recruiting:questions.mode.video',
  audio: 'recruiting:questions.mode.audio',
  text: 'recruiting:questions.mode.text',
};
const empty: QuestionFieldsT = {
  textIt: '',
  textEn: '',
  thinkSeconds: 30,
  answerSeconds: 120,
  takes: 2,
  modes: ['video', 'audio', 'text'],
};

/** A new question: text in both languages and the settings the candidate will be told before starting. */
export function QuestionForm({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { add } = useQuestionActions(jobId);
  const [q, setQ] = useState<QuestionFieldsT>(empty);
  const set = <K extends keyof QuestionFieldsT>(k: K, v: QuestionFieldsT[K]) => setQ((s) => ({ ...s, [k]: v }));
  return (
    <Stack gap="xs">
      <Textarea
        label={t('recruiting:questions.textIt')}
        required
        autosize
        minRows={2}
        value={q.textIt}
        onChange={(e) => set('textIt', e.currentTarget.value)}
      />
      <Textarea
        label={t('recruiting:questions.textEn')}
        required
        autosize
        minRows={2}
        value={q.textEn}
        onChange={(e) => set('textEn', e.currentTarget.value)}
      />
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NumberInput
          w={150}
          label={t('recruiting:questions.think')}
          description={t('recruiting:questions.thinkHint')}
          min={0}
          max={600}
          value={q.thinkSeconds}
          onChange={(v) => set('thinkSeconds', Number(v) || 0)}
        />
        <NumberInput
          w={150}
          label={t('recruiting:questions.answer')}
          min={15}
          max={600}
          value={q.answerSeconds}
          onChange={(v) => set('answerSeconds', Number(v) || 15)}
        />
        <NumberInput
          w={150}
          label={t('recruiting:questions.takes')}
          min={1}
          max={5}
          value={q.takes}
          onChange={(v) => set('takes', Math.min(5, Math.max(1, Number(v) || 1)))}
        />
      </Group>
      <Checkbox.Group
        label={t('recruiting:questions.modes')}
        description={t('recruiting:questions.modesHint')}
        value={q.modes}
        onChange={(v) => set('modes', v as Mode[])}
      >
        <Group gap="md" mt={4}>
          <Checkbox value="video" label={t(modeKeys.video)} />
          <Checkbox value="audio" label={t(modeKeys.audio)} />
          <Checkbox value="text" label={t(modeKeys.text)} />
        </Group>
      </Checkbox.Group>
      <ErrorAlert error={add.error} />
      <Button
        style={{ alignSelf: 'flex-start' }}
        loading={add.isPending}
        disabled={!q.textIt.trim() || !q.textEn.trim() || q.modes.length === 0}
        onClick={() => add.mutate(q, { onSuccess: () => setQ(empty) })}
      >
        {t('recruiting:questions.add')}
      </Button>
    </Stack>
  );
}
