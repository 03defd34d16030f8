import { ActionIcon, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Faq = { question: string; answer: string };

/** The job card's short FAQ: question and answer pairs, added and removed in place. */
export function FaqEditor({ value, onChange }: { value: Faq[]; onChange: (v: Faq[]) => void }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<Faq>) => onChange(value.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('recruiting:editor.faq')}</Text>
      {value.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is the identity.
        <Card key={i} withBorder padding="xs">
          <Group align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ flex: 1 }}>
              <TextInput
                label={t('recruiting:editor.question')}
                value={f.question}
                onChange={(e) => edit(i, { question: e.currentTarget.value })}
              />
              <Textarea
                label={t('recruiting:editor.answer')}
                autosize
                value={f.answer}
                onChange={(e) => edit(i, { answer: e.currentTarget.value })}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('recruiting:editor.removeFaq')}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Card>
      ))}
      <Button
        variant="default"
        size="xs"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onChange([...value, { question: '', answer: '' }])}
      >
        {t('recruiting:editor.addFaq')}
      </Button>
    </Stack>
  );
}
