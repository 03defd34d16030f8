import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { type TemplateT, useTemplateActions, useTemplates } from './api';

/** HR's journey templates: who each is for, how many steps, how many people follow it; edit, archive, restore. */
export function TemplatesPage() {
  return (
    <RequirePermission permission="onboarding.manage">
      <Templates />
    </RequirePermission>
  );
}

function Templates() {
  const { t, i18n } = useTranslation();
  const list = useTemplates();
  const { setActive } = useTemplateActions();
  const nameOf = (x: TemplateT) => (i18n.language.startsWith('en') ? x.nameEn || x.name : x.name);
  const rules = (x: TemplateT) =>
    [...x.departments, ...x.sites, ...(x.locale ? [t(`onboarding:templates.locale.${x.locale}`)] : [])].join(', ') ||
    t('onboarding:templates.everyone');
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to="/onboarding" size="sm">
        {t('onboarding:templates.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('onboarding:templates.title')}</Title>
        <Button component={Link} to="/onboarding/templates/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('onboarding:templates.new')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error ?? setActive.error} />
      {list.data?.items.length === 0 && <Text c="gray.7">{t('onboarding:templates.empty')}</Text>}
      {list.data?.items.map((x) => (
        <Card key={x.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>{nameOf(x)}</Text>
                {!x.active && <Badge color="gray.7">{t('onboarding:templates.archived')}</Badge>}
              </Group>
              <Text size="sm" c="gray.7">
                {[
                  rules(x),
                  t('onboarding:templates.steps', { count: x.steps.length }),
                  t('onboarding:templates.journeys', { count: x.journeys }),
                ].join(' · ')}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button size="xs" variant="default" component={Link} to={`/onboarding/templates/${x.id}`}>
                {t('onboarding:templates.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                loading={setActive.isPending && setActive.variables?.id === x.id}
                onClick={() => setActive.mutate({ id: x.id, active: !x.active })}
              >
                {t(x.active ? 'onboarding:templates.archive' : 'onboarding:templates.restore')}
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
