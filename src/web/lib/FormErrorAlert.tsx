import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import type { FieldErrors } from './field-errors';

/**
 * The top of a form after a failed save: the error no field shows, or (when every problem sits next to its field)
 * one line saying how many fields to fix, so a long form's reader knows to look down.
 */
export function FormErrorAlert({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  if (errors.unplaced) return <ErrorAlert error={errors.unplaced} />;
  if (errors.count === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('common:errors.title')}>
      {t('forms:summary', { count: errors.count })}
    </Alert>
  );
}
