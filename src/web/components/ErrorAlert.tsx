import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/** Shows an API error in the user's language (the server localises `message`). */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('common:errors.generic');
  return (
    <Alert color="red" role="alert" title={t('common:errors.title')}>
      {message}
    </Alert>
  );
}
