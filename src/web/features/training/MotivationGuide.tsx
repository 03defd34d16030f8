import { Alert, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Motivation } from '../../../server/modules/training/schema';
import { motivationLabel } from './labels';

// Seed 000: each of the four reasons people value training needs its own approach.
const guide: Record<Motivation, { stress: string; example: string }> = {
  contingent: { stress: 'training:guide.contingent.stress', example: 'training:guide.contingent.example' },
  career: { stress: 'training:guide.career.stress', example: 'training:guide.career.example' },
  mandatory: { stress: 'training:guide.mandatory.stress', example: 'training:guide.mandatory.example' },
  community: { stress: 'training:guide.community.stress', example: 'training:guide.community.example' },
};

/** What to stress for the chosen motivation, with example wording, and the reminder about line managers. */
export function MotivationGuide({ motivation }: { motivation: Motivation }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="indigo"
      variant="light"
      icon={<IconBulb size={18} aria-hidden />}
      title={t('training:guide.title', { motivation: motivationLabel(t, motivation) })}
    >
      <Text size="sm">{t(guide[motivation].stress)}</Text>
      <Text size="sm" mt={6} fs="italic">
        {t('training:guide.exampleLabel')} {t(guide[motivation].example)}
      </Text>
      <Text size="sm" mt={6}>
        {t('training:guide.managers')}
      </Text>
    </Alert>
  );
}
