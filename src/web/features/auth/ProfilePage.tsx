import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Loading } from '../../components/Loading';
import { api } from '../../lib/api';
import { hasPermission, useMe } from '../../lib/me';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useRoleNames } from './role-names';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} id={`${id}-section`}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** /profile: who I am here, my interface language, what Voce e-mails me, and my password. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const roleNames = useRoleNames();
  const { hash } = useLocation();
  const ready = !!me.data;
  // "Change password" in the user menu opens this page at that section.
  useEffect(() => {
    if (ready && hash) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
  if (!me.data) return <Loading />;
  const m = me.data;
  const setLanguage = async (lng: 'it' | 'en') => {
    await api.patch('/api/me', { locale: lng });
    await i18n.changeLanguage(lng);
    await qc.invalidateQueries();
  };
  return (
    <Stack maw={720} gap="md">
      <Title order={2}>{t('auth:profile.title')}</Title>
      <Section id="profile-me" title={t('auth:profile.me.title')}>
        <Stack gap={4}>
          <Text fw={600} size="lg">
            {m.name}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {m.email}
          </Text>
          <Group gap="xs">
            <Text size="sm">{m.organisation.name}</Text>
            <Badge variant="light">{roleNames(m.roles)}</Badge>
          </Group>
          <Text size="sm" c="gray.7" mt="xs">
            {t('auth:profile.me.managed')}
          </Text>
        </Stack>
      </Section>
      <Section id="profile-language" title={t('auth:profile.language.title')}>
        <Select
          label={t('auth:profile.language.label')}
          description={t('auth:profile.language.hint')}
          data={[
            { value: 'it', label: 'Italiano' },
            { value: 'en', label: 'English' },
          ]}
          value={i18n.language === 'en' ? 'en' : 'it'}
          onChange={(v) => v && void setLanguage(v === 'en' ? 'en' : 'it')}
          allowDeselect={false}
          maw={320}
        />
      </Section>
      <Section id="profile-mail" title={t('auth:profile.mail.title')}>
        <Text size="sm">{t('auth:profile.mail.body')}</Text>
      </Section>
      {hasPermission(m, 'share') && (
        <Section id="profile-sharing" title={t('auth:profile.sharing.title')}>
          <Text size="sm">
            {t('auth:profile.sharing.body')}{' '}
            <Anchor component={Link} to="/impact">
              {t('auth:profile.sharing.link')}
            </Anchor>
          </Text>
        </Section>
      )}
      <Section id="profile-password" title={t('auth:profile.password.title')}>
        <Text size="sm" c="gray.7" mb="sm">
          {t('auth:profile.password.intro')}
        </Text>
        <ChangePasswordForm />
      </Section>
    </Stack>
  );
}
