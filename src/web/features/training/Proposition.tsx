import { Blockquote, List, Stack, Text } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TrainingCardT } from './api';

/** The value proposition of the reader's population: what they gain, the problem it solves, what they will do after. */
export function Proposition({ p, compact = false }: { p: NonNullable<TrainingCardT['proposition']>; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="xs" c="gray.7" fw={600}>
        {t('training:card.for', { label: p.label })}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          <Text span fw={600} size="sm">
            {t('training:vp.benefits')}:
          </Text>{' '}
          {p.benefits}
        </List.Item>
        {!compact && (
          <List.Item>
            <Text span fw={600} size="sm">
              {t('training:vp.problem')}:
            </Text>{' '}
            {p.problem}
          </List.Item>
        )}
        <List.Item>
          <Text span fw={600} size="sm">
            {t('training:vp.outcome')}:
          </Text>{' '}
          {p.outcome}
        </List.Item>
      </List>
    </Stack>
  );
}

/** The manager's endorsement as their team reads it. */
export function Endorsement({ e }: { e: NonNullable<TrainingCardT['endorsement']> }) {
  const { t } = useTranslation();
  return (
    <Blockquote
      color="indigo"
      icon={<IconQuote size={16} aria-hidden />}
      iconSize={28}
      p="sm"
      mt="xs"
      cite={`— ${e.managerName}`}
    >
      <Text size="xs" c="gray.7" fw={600} mb={2}>
        {e.direct ? t('training:card.endorsedByManager') : t('training:card.endorsedAbove')}
      </Text>
      <Text size="sm">{e.note || t('training:card.endorsedNoNote')}</Text>
    </Blockquote>
  );
}
