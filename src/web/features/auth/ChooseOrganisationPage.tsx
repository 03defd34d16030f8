import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ApiError } from '../../lib/api';
import { useMyOrganisations, useSwitchOrganisation } from '../../lib/me';
import { PublicLayout } from './PublicLayout';
import { useRoleNames } from './role-names';
import { safeNext } from './safe-next';

/** After signing in, a person who belongs to several organisations chooses the one to enter. */
export function ChooseOrganisationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const orgs = useMyOrganisations();
  const roleNames = useRoleNames();
  const next = safeNext(params.get('next'));
  const enter = useSwitchOrganisation(() => navigate(next, { replace: true }));
  if (orgs.error instanceof ApiError && orgs.error.status === 401)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  return (
    <PublicLayout title={t('auth:choose.title')}>
      <Text>{t('auth:choose.intro')}</Text>
      {orgs.isLoading && <Loading />}
      <ErrorAlert error={orgs.error ?? enter.error} />
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {orgs.data?.items.map((o) => (
          <li key={o.id}>
            <Button
              fullWidth
              variant={o.current ? 'filled' : 'light'}
              justify="space-between"
              h="auto"
              py="xs"
              loading={enter.isPending && enter.variables === o.id}
              onClick={() => enter.mutate(o.id)}
              rightSection={
                <Text span size="xs" c={o.current ? 'white' : 'gray.7'}>
                  {roleNames(o.roles)}
                </Text>
              }
            >
              {o.name}
            </Button>
          </li>
        ))}
      </Stack>
    </PublicLayout>
  );
}
