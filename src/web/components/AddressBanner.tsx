import { Alert, Code, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { InstanceAddressT } from '../../server/modules/instance/contract';
import { api } from '../lib/api';
import { hasPermission, type Me } from '../lib/me';

/**
 * Tells an administrator when the links Voce sends (invitations, shares, password resets) start with another address
 * than the one they are using: every such link would be dead for the people who receive it. The server never builds
 * links from the request's address (that would let anyone poison a reset link), so the fix is PUBLIC_URL.
 */
export function AddressBanner({ me }: { me: Me }) {
  const { t } = useTranslation();
  const admin = hasPermission(me, 'org.settings');
  const address = useQuery({
    queryKey: ['instance', 'address'],
    queryFn: () => api.get<InstanceAddressT>('/api/instance/address'),
    enabled: admin,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const here = window.location.origin;
  if (!admin || !address.data || new URL(address.data.publicUrl).origin === here) return null;
  return (
    // Dark title: Mantine's orange on the light orange background fails contrast.
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('common:address.title')}
      mb="md"
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Text size="sm">{t('common:address.body', { links: address.data.publicUrl, here })}</Text>
      <Text size="sm" mt={4}>
        {t('common:address.fix', { here })} <Code>PUBLIC_URL={here}</Code>
      </Text>
    </Alert>
  );
}
