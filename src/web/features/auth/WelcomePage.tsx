import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../lib/me';
import { SharingProfileForm } from '../feed/SharingProfileForm';

/**
 * The first page after accepting an invitation: which networks the person uses and roughly how many people follow
 * them there (the sharing profile, which estimates the reach of their shares). Entirely optional: one click skips it.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  if (!me.data) return <Loading />;
  if (!hasPermission(me.data, 'share')) return <Navigate to="/" replace />;
  const next = () => navigate('/', { replace: true });
  return (
    <Stack maw={760} gap="md">
      <div>
        <Title order={2}>{t('auth:welcome.title', { organisation: me.data.organisation.name })}</Title>
        <Text mt="xs">{t('auth:welcome.intro')}</Text>
        <Text size="sm" c="gray.7" mt={4}>
          {t('auth:welcome.why')}
        </Text>
      </div>
      <SharingProfileForm onSaved={next} submitLabel={t('auth:welcome.save')} />
      <Button variant="subtle" onClick={next} style={{ alignSelf: 'flex-start' }}>
        {t('auth:welcome.skip')}
      </Button>
    </Stack>
  );
}
