import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../lib/api';

/** An in-app path the server attached to an error (e.g. the guidelines to accept); only same-app paths, never `//host`. */
function hrefOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return null;
  const href = (error.details as { href?: unknown }).href;
  return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') ? href : null;
}

/** Shows an API error in the user's language (the server localises `message`), with the way out when the server names one. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('common:errors.generic');
  const href = hrefOf(error);
  return (
    <Alert color="red" role="alert" title={t('common:errors.title')}>
      <Stack gap={4}>
        <Text size="sm">{message}</Text>
        {href && (
          <Anchor component={Link} to={href} size="sm" fw={600} c="red.9" underline="always">
            {t('common:errors.open')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
