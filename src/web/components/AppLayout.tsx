import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { mayOpen } from '../lib/feature';
import { needsOrganisation, useMe } from '../lib/me';
import { groupedNav, navGroupLabel, navItems } from '../nav';
import { AddressBanner } from './AddressBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header, role-based navigation (a drawer at phone width), page outlet. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  if (me.isLoading) return <Loading />;
  const here = encodeURIComponent(location.pathname + location.search);
  if (needsOrganisation(me.error)) return <Navigate to={`/choose-organisation?next=${here}`} replace />;
  if (!me.data) return <Navigate to={`/sign-in?next=${here}`} replace />;
  const items = navItems.filter((i) => mayOpen(me.data, i));
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common:nav.toggle')} />
            <Title order={1} size="h3" c="blue.8">
              Voce
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
              {me.data.organisation.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu me={me.data} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common:nav.label')}>
        <ScrollArea>
          {groupedNav(items).map(({ group, items: inGroup }, index) => (
            <div key={group}>
              <Text component="h2" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt={index ? 'md' : 'xs'} pb={4}>
                {t(navGroupLabel[group])}
              </Text>
              {inGroup.map((i) => (
                <NavLink
                  key={i.to}
                  component={Link}
                  to={i.to}
                  label={t(i.labelKey)}
                  leftSection={i.icon}
                  active={location.pathname === i.to || location.pathname.startsWith(`${i.to}/`)}
                  onClick={close}
                />
              ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <AddressBanner me={me.data} />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
