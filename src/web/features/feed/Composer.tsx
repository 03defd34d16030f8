import { Alert, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

export type ComposerCheck = { length: number; limit: number; blocked: string[]; nudge: boolean };

/** The person's own words; the organisation's disclosure is shown as a fixed ending they cannot remove. */
export function Composer({
  words,
  onChange,
  disclosure,
  check,
}: {
  words: string;
  onChange: (s: string) => void;
  disclosure: string | null;
  check: ComposerCheck;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const over = check.length > check.limit;
  return (
    <Stack gap="xs">
      <Textarea
        label={t('feed:composer.label')}
        description={t('feed:composer.description')}
        value={words}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={5}
        maxRows={14}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
        error={check.blocked.length > 0 ? t('feed:composer.blocked', { words: check.blocked.join(', ') }) : undefined}
      />
      {disclosure && (
        <Paper withBorder p="xs" bg="gray.0">
          <Text size="xs" c="gray.7">
            {t('feed:composer.disclosure')}
          </Text>
          <Text size="sm">{disclosure}</Text>
        </Paper>
      )}
      <Group justify="flex-end">
        <Text size="sm" c={over ? 'red.8' : 'gray.7'} fw={over ? 700 : 400}>
          {t('feed:composer.count', { count: fmt.number(check.length), limit: fmt.number(check.limit) })}
          {/* Announced only when it matters, not at every keystroke. */}
          <span role="status">{over && ` · ${t('feed:composer.tooLong')}`}</span>
        </Text>
      </Group>
      {check.nudge && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconSparkles size={18} aria-hidden />}
          title={t('feed:composer.nudgeTitle')}
          styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
        >
          {t('feed:composer.nudgeBody')}
        </Alert>
      )}
    </Stack>
  );
}
