import { Anchor, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { AcceptResult, InvitationInfo } from '../../../server/modules/auth/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ApiError, api } from '../../lib/api';
import { JoinWithLogin } from './JoinWithLogin';
import { NewPasswordForm } from './NewPasswordForm';
import { PublicLayout } from './PublicLayout';
import { useSignedIn } from './use-signed-in';

/**
 * The invitation link: shows who it is for. A new e-mail chooses a password and enters the app in their language;
 * an e-mail that already has a login signs in with it and joins (JoinWithLogin).
 */
export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const signedIn = useSignedIn();
  const info = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<z.infer<typeof InvitationInfo>>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  // The page speaks the invited person's language from the start.
  const locale = info.data?.locale;
  useEffect(() => {
    if (locale && locale !== i18n.language) void i18n.changeLanguage(locale);
  }, [locale, i18n]);
  const accept = useMutation({
    mutationFn: async (password: string) => {
      const res = await api.post<z.infer<typeof AcceptResult>>(`/api/invitations/${encodeURIComponent(token)}/accept`, {
        password,
      });
      // A new member starts with the optional welcome step (networks and audience).
      await signedIn('/welcome', res.locale);
    },
    // Someone accepted another invitation for this e-mail first: the page now offers to sign in instead.
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'auth.invitation_sign_in') void info.refetch();
    },
  });
  return (
    <PublicLayout title={t('auth:invitation.title')}>
      {info.isLoading && <Loading />}
      {info.error && (
        <Stack gap="sm">
          <ErrorAlert error={info.error} />
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth:backToSignIn')}
          </Anchor>
        </Stack>
      )}
      {info.data && (info.data.existingLogin || info.data.signedIn === 'someone_else') && (
        <JoinWithLogin token={token} info={info.data} onSignedOut={() => void info.refetch()} />
      )}
      {info.data && !info.data.existingLogin && info.data.signedIn !== 'someone_else' && (
        <>
          <Text>{t('auth:invitation.welcome', { name: info.data.name, organisation: info.data.organisation })}</Text>
          <Text size="sm" c="gray.7">
            {t('auth:invitation.account', { email: info.data.email })}
          </Text>
          <NewPasswordForm
            submitLabel={t('auth:invitation.submit')}
            pending={accept.isPending}
            error={accept.error}
            onSubmit={(p) => accept.mutate(p)}
          />
        </>
      )}
    </PublicLayout>
  );
}
