import { Alert, Anchor, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { NewPasswordForm } from './NewPasswordForm';
import { PublicLayout } from './PublicLayout';

/** The page the reset e-mail links to: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useMutation({ mutationFn: (password: string) => api.post('/api/auth/reset-password', { token, password }) });
  return (
    <PublicLayout title={t('auth:reset.title')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth:reset.missingToken')}
        </Alert>
      ) : reset.isSuccess ? (
        <Alert color="green" role="status">
          {t('auth:reset.done')}
        </Alert>
      ) : (
        <NewPasswordForm
          submitLabel={t('auth:reset.submit')}
          pending={reset.isPending}
          error={reset.error}
          onSubmit={(p) => reset.mutate(p)}
        />
      )}
      <Stack gap={4}>
        <Anchor component={Link} to="/sign-in" size="sm">
          {t('auth:backToSignIn')}
        </Anchor>
        {reset.isError && (
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth:reset.askAgain')}
          </Anchor>
        )}
      </Stack>
    </PublicLayout>
  );
}
