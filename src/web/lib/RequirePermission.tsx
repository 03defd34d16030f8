import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/Loading';
import { hasPermission, type Permission, useMe } from './me';

/**
 * A page for some roles only. Opened by address by someone else, it says plainly that the page is not theirs
 * instead of offering a form the server would refuse; the server checks every request again anyway.
 */
export function RequirePermission({ permission, children }: { permission: Permission | Permission[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <Loading />;
  const wanted = Array.isArray(permission) ? permission : [permission];
  if (wanted.some((p) => hasPermission(me.data, p))) return children;
  // A heading (not the empty state's plain line): it is the whole page, and screen readers jump to it.
  return (
    <Stack align="center" gap="xs" py="xl">
      <ThemeIcon variant="light" size="xl" radius="xl">
        <IconLock size={24} aria-hidden />
      </ThemeIcon>
      <Title order={2} size="h4">
        {t('common:forbidden.title')}
      </Title>
      <Text c="gray.7" size="sm" ta="center" maw={480}>
        {t('common:forbidden.body')}
      </Text>
      <Button component={Link} to="/" variant="light" mt="md">
        {t('common:forbidden.home')}
      </Button>
    </Stack>
  );
}
