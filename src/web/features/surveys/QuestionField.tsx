import { Checkbox, Chip, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpenSurveyT } from './api';

type Question = OpenSurveyT['questions'][number];
export type Answer = { value?: number | null; choices?: number[] | null; text?: string | null };

/** One question as the respondent answers it; scales are large tap targets, fit for a phone. */
export function QuestionField({
  q,
  n,
  answer,
  onChange,
}: {
  q: Question;
  n: number;
  answer: Answer;
  onChange: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const labelId = `q-${q.id}`;
  const label = (
    <Text fw={600} id={labelId}>
      {`${n}. ${q.text}`}
      {!q.required && (
        <Text span size="sm" c="gray.7">
          {` (${t('surveys:answer.optional')})`}
        </Text>
      )}
    </Text>
  );
  if (q.kind === 'text')
    return (
      <Stack gap={4}>
        {label}
        <Textarea
          aria-labelledby={labelId}
          autosize
          minRows={3}
          maxLength={2000}
          value={answer.text ?? ''}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
        />
      </Stack>
    );
  if (q.kind === 'enps' || q.kind === 'scale') {
    const [min, max] = q.kind === 'enps' ? [0, 10] : [1, 5];
    const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
    return (
      <Stack gap={4} role="group" aria-labelledby={labelId}>
        {label}
        <Group gap={6}>
          {values.map((v) => (
            <Chip
              key={v}
              checked={answer.value === Number(v)}
              onChange={() => onChange({ value: Number(v) })}
              variant="outline"
              size="md"
              type="radio"
              name={labelId}
            >
              {v}
            </Chip>
          ))}
        </Group>
        <Group justify="space-between">
          <Text size="xs" c="gray.7">
            {t(q.kind === 'enps' ? 'surveys:answer.enpsLow' : 'surveys:answer.scaleLow')}
          </Text>
          <Text size="xs" c="gray.7">
            {t(q.kind === 'enps' ? 'surveys:answer.enpsHigh' : 'surveys:answer.scaleHigh')}
          </Text>
        </Group>
      </Stack>
    );
  }
  if (q.kind === 'single')
    return (
      <Radio.Group
        label={label}
        value={answer.value === null || answer.value === undefined ? '' : String(answer.value)}
        onChange={(v) => onChange({ value: Number(v) })}
      >
        <Stack gap={6} mt={6}>
          {q.choices.map((c, i) => (
            <Radio key={c} value={String(i)} label={c} />
          ))}
        </Stack>
      </Radio.Group>
    );
  const picked = answer.choices ?? [];
  return (
    <Checkbox.Group
      label={label}
      value={picked.map(String)}
      onChange={(v) => onChange({ choices: v.map(Number).sort((a, b) => a - b) })}
    >
      <Stack gap={6} mt={6}>
        {q.choices.map((c, i) => (
          <Checkbox key={c} value={String(i)} label={c} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
