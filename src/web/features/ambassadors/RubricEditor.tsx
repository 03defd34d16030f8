import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RubricItemT } from './api';

/** The screening rubric: criteria the reviewers score from 1 to 5, named in both languages. */
export function RubricEditor({ rubric, onChange }: { rubric: RubricItemT[]; onChange: (r: RubricItemT[]) => void }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<RubricItemT>) => onChange(rubric.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Card withBorder padding="md" component="fieldset">
      <Title order={3} size="h5" component="legend">
        {t('ambassadors:editor.rubric')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('ambassadors:editor.rubricHint')}
        </Text>
        {rubric.map((r, i) => (
          <Group key={r.key} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('ambassadors:editor.criterionIt', { n: i + 1 })}
              value={r.labelIt}
              onChange={(e) => edit(i, { labelIt: e.currentTarget.value })}
              style={{ flex: 1, minWidth: 140 }}
            />
            <TextInput
              label={t('ambassadors:editor.criterionEn', { n: i + 1 })}
              value={r.labelEn}
              onChange={(e) => edit(i, { labelEn: e.currentTarget.value })}
              style={{ flex: 1, minWidth: 140 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('ambassadors:editor.removeCriterion', { n: i + 1 })}
              onClick={() => onChange(rubric.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {rubric.length < 10 && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onChange([...rubric, { key: `c${Date.now().toString(36)}`, labelIt: '', labelEn: '' }])}
          >
            {t('ambassadors:editor.addCriterion')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
