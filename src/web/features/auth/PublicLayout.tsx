import { Container, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** The frame of the signed-out pages: app name, language switch, one centred card. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container size={440} py={{ base: 'lg', sm: 60 }} px="md">
      <Stack gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Title order={1} size="h2" c="blue.8">
            Voce
          </Title>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md" component="main">
          <Stack gap="md">
            <Title order={2} size="h3">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
