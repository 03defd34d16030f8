import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { AcceptResult, InvitationInfo } from '../../../server/modules/auth/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { useSignedIn } from './use-signed-in';

type Info = z.infer<typeof InvitationInfo>;

/**
 * The invitation of someone who already has a Voce login, or a browser signed in as someone else. Nobody ever chooses
 * a password for an existing login here: they sign in with theirs (then come back) and join with one click.
 */
export function JoinWithLogin({ token, info, onSignedOut }: { token: string; info: Info; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const signedIn = useSignedIn();
  const join = useMutation({
    mutationFn: async () => {
      await api.post<z.infer<typeof AcceptResult>>(`/api/invitations/${encodeURIComponent(token)}/accept`, {});
      // The session now acts in the new organisation: nothing cached from the previous one may show.
      qc.clear();
      // The sharing profile is per organisation: the new one starts with the optional welcome step.
      await signedIn('/welcome');
    },
  });
  const signOut = useMutation({
    mutationFn: async () => {
      await api.post('/api/auth/sign-out');
      qc.clear();
      onSignedOut();
    },
  });
  if (info.signedIn === 'someone_else')
    return (
      <Stack gap="sm">
        <Alert color="yellow" role="status">
          {t('auth:invitation.otherAccount', { email: info.email })}
        </Alert>
        <ErrorAlert error={signOut.error} />
        <Button onClick={() => signOut.mutate()} loading={signOut.isPending}>
          {t('auth:invitation.signOut')}
        </Button>
      </Stack>
    );
  if (info.signedIn === 'nobody')
    return (
      <Stack gap="sm">
        <Text>{t('auth:invitation.existing', { email: info.email, organisation: info.organisation })}</Text>
        <Button component={Link} to={`/sign-in?next=${encodeURIComponent(`/invitation/${token}`)}`}>
          {t('auth:invitation.signInToJoin')}
        </Button>
      </Stack>
    );
  return (
    <Stack gap="sm">
      <Text>{t('auth:invitation.join', { email: info.email, organisation: info.organisation })}</Text>
      <ErrorAlert error={join.error} />
      <Button onClick={() => join.mutate()} loading={join.isPending}>
        {t('auth:invitation.joinButton', { organisation: info.organisation })}
      </Button>
    </Stack>
  );
}
