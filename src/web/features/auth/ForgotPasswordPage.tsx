import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { PublicLayout } from './PublicLayout';

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const send = useMutation({ mutationFn: () => api.post('/api/auth/forgot-password', { email }) });
  const fe = useFieldErrors(send.error, { fields: ['email'] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <PublicLayout title={t('auth:forgot.title')}>
      {send.isSuccess ? (
        <Alert color="green" role="status">
          {t('auth:forgot.sent')}
        </Alert>
      ) : (
        <form ref={fe.formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('auth:forgot.intro')}</Text>
            <FormErrorAlert errors={fe} />
            <TextInput
              label={t('auth:fields.email')}
              type="email"
              autoComplete="email"
              required
              maxLength={320}
              error={fe.error('email')}
              value={email}
              onChange={(e) => {
                fe.edited('email');
                setEmail(e.currentTarget.value);
              }}
            />
            <Button type="submit" loading={send.isPending} disabled={!email}>
              {t('auth:forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('auth:backToSignIn')}
      </Anchor>
    </PublicLayout>
  );
}
