import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { IconCheck, IconKey, IconLogout, IconUser } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../lib/api';
import { type Me, useMyOrganisations, useSwitchOrganisation } from '../lib/me';

/** The account menu: who I am, my profile (language, password), the organisation switcher (when I belong to several), signing out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const orgs = useMyOrganisations();
  const enter = useSwitchOrganisation(() => navigate('/', { replace: true }));
  const signOut = async () => {
    await api.post('/api/auth/sign-out');
    qc.clear();
    navigate('/sign-in');
  };
  const initials = me.name
    .split(/\s+/)
    .map((p) => p[0])
    .slice(0, 2)
    .join('');
  const several = (orgs.data?.items.length ?? 0) > 1;
  return (
    // No initial-focus placeholder: Mantine's is a role="presentation" child that a menu may not own (axe: critical).
    <Menu position="bottom-end" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton aria-label={t('common:user.menu', { name: me.name })}>
          <Avatar color="blue" radius="xl" size="sm">
            {initials}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.name}</Menu.Label>
        <Menu.Item leftSection={<IconUser size={14} aria-hidden />} onClick={() => navigate('/profile')}>
          {t('common:user.profile')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={14} aria-hidden />} onClick={() => navigate('/profile#profile-password-section')}>
          {t('common:user.password')}
        </Menu.Item>
        {several && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('common:user.organisations')}</Menu.Label>
            {orgs.data?.items.map((o) =>
              o.id === me.organisation.id ? (
                <Menu.Item key={o.id} leftSection={<IconCheck size={14} aria-hidden />} aria-current="true" disabled>
                  {o.name}
                </Menu.Item>
              ) : (
                <Menu.Item key={o.id} onClick={() => enter.mutate(o.id)} aria-label={t('common:user.switchTo', { name: o.name })}>
                  {o.name}
                </Menu.Item>
              ),
            )}
            <Menu.Divider />
          </>
        )}
        {!several && <Menu.Divider />}
        <Menu.Item leftSection={<IconLogout size={14} aria-hidden />} onClick={() => void signOut()}>
          {t('common:user.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
