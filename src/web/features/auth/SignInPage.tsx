import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { invalid, useFieldErrors } from '../../lib/field-errors';
import { needsOrganisation, useMe } from '../../lib/me';
import { PublicLayout } from './PublicLayout';
import { safeNext } from './safe-next';
import { useSignedIn } from './use-signed-in';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signedIn = useSignedIn();
  const me = useMe();
  const signIn = useMutation({
    mutationFn: async () => {
      await api.post('/api/auth/sign-in', { email, password });
      await signedIn(safeNext(params.get('next')));
    },
  });
  const fe = useFieldErrors(signIn.error, { fields: ['email', 'password'] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  // Already signed in (e.g. a bookmarked sign-in page): go straight on.
  const next = safeNext(params.get('next'));
  if (me.data && !signIn.isPending) return <Navigate to={next} replace />;
  if (needsOrganisation(me.error) && !signIn.isPending) {
    const to = next.startsWith('/invitation/') ? next : `/choose-organisation?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return (
    <PublicLayout title={t('auth:signIn.title')}>
      <form ref={fe.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert errors={fe} />
          <TextInput
            label={t('auth:fields.email')}
            type="email"
            autoComplete="username"
            required
            maxLength={320}
            error={fe.error('email')}
            value={email}
            onChange={(e) => {
              fe.edited('email');
              setEmail(e.currentTarget.value);
            }}
          />
          <PasswordInput
            label={t('auth:fields.password')}
            autoComplete="current-password"
            required
            // Mouse-only helper (not in the tab order): keeps the form's first button the submit button.
            visibilityToggleButtonProps={{ 'aria-label': t('auth:fields.showHide'), 'aria-hidden': true }}
            maxLength={200}
            {...invalid(fe.error('password'))}
            value={password}
            onChange={(e) => {
              fe.edited('password');
              setPassword(e.currentTarget.value);
            }}
          />
          <Button type="submit" loading={signIn.isPending} disabled={!email || !password}>
            {t('auth:signIn.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth:signIn.forgot')}
          </Anchor>
        </Stack>
      </form>
    </PublicLayout>
  );
}
