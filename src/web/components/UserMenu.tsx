import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../lib/api';
import type { Me } from '../lib/me';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
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
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <UnstyledButton aria-label={t('common:user.menu', { name: me.name })}>
          <Avatar color="blue" radius="xl" size="sm">
            {initials}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.name}</Menu.Label>
        <Menu.Item onClick={() => void signOut()}>{t('common:user.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
