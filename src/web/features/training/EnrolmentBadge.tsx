import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEnrolmentT } from './api';

/** Where I stand on a training, in one word. */
export function EnrolmentBadge({ e }: { e: MyEnrolmentT }) {
  const { t } = useTranslation();
  if (e.completedAt) return <Badge color="teal.9">{t('training:me.completed')}</Badge>;
  if (e.status === 'enrolled') return <Badge color="blue.9">{t('training:me.enrolled')}</Badge>;
  if (e.status === 'pending') return <Badge color="violet.9">{t('training:me.pending')}</Badge>;
  if (e.status === 'waitlisted')
    return <Badge color="grape.9">{t('training:me.waitlisted', { position: e.waitlistPosition ?? '' })}</Badge>;
  return null;
}
