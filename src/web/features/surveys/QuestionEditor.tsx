import { ActionIcon, Button, Fieldset, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyInputT } from './api';

export type DraftQuestion = SurveyInputT['questions'][number];
const kinds = ['enps', 'scale', 'single', 'multi', 'text'] as const;
const kindKeys = {
  enps: 'surveys:kinds.enps',
  scale: 'surveys:kinds.scale',
  single: 'surveys:kinds.single',
  multi: 'surveys:kinds.multi',
  text: 'surveys:kinds.text',
} as const;

/** One question of the editor: its kind, its text in both languages, its choices when it has some. */
export function QuestionEditor({
  n,
  q,
  onChange,
  onRemove,
}: {
  n: number;
  q: DraftQuestion;
  onChange: (q: DraftQuestion) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const hasChoices = q.kind === 'single' || q.kind === 'multi';
  const setChoice = (i: number, lang: 'it' | 'en', v: string) =>
    onChange({ ...q, choices: q.choices.map((c, j) => (j === i ? { ...c, [lang]: v } : c)) });
  return (
    <Fieldset legend={t('surveys:editor.question', { n })}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Select
            label={t('surveys:editor.kind')}
            data={kinds.map((k) => ({ value: k, label: t(kindKeys[k]) }))}
            value={q.kind}
            allowDeselect={false}
            onChange={(v) => v && onChange({ ...q, kind: v as DraftQuestion['kind'] })}
            style={{ flex: 1 }}
          />
          {onRemove && (
            <ActionIcon variant="subtle" color="red.9" onClick={onRemove} aria-label={t('surveys:editor.remove', { n })}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        <TextInput
          label={t('surveys:editor.textIt')}
          value={q.textIt}
          onChange={(e) => onChange({ ...q, textIt: e.currentTarget.value })}
        />
        <TextInput
          label={t('surveys:editor.textEn')}
          value={q.textEn}
          onChange={(e) => onChange({ ...q, textEn: e.currentTarget.value })}
        />
        {hasChoices &&
          q.choices.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: choices have no identity but their position
            <Group key={i} grow gap="xs">
              <TextInput
                label={t('surveys:editor.choiceIt', { n: i + 1 })}
                value={c.it}
                onChange={(e) => setChoice(i, 'it', e.currentTarget.value)}
              />
              <TextInput
                label={t('surveys:editor.choiceEn', { n: i + 1 })}
                value={c.en}
                onChange={(e) => setChoice(i, 'en', e.currentTarget.value)}
              />
            </Group>
          ))}
        {hasChoices && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange({ ...q, choices: [...q.choices, { it: '', en: '' }] })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('surveys:editor.addChoice')}
          </Button>
        )}
        <Switch
          label={t('surveys:editor.required')}
          checked={q.required}
          onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })}
        />
      </Stack>
    </Fieldset>
  );
}
