import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequirePermission } from '../../lib/RequirePermission';
import { CompletionsImport } from './CompletionsImport';
import { LrsKeys } from './LrsKeys';

/** Completions recorded outside Voce: an LMS export (CSV) or an LMS posting xAPI statements with a key. */
export function CompletionsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="training.manage">
      <Stack maw={960} mx="auto" gap="md">
        <Anchor component={Link} to="/training/manage" size="sm">
          {t('training:manage.back')}
        </Anchor>
        <div>
          <Title order={2}>{t('training:completions.title')}</Title>
          <Text size="sm" c="gray.7">
            {t('training:completions.intro')}
          </Text>
        </div>
        <CompletionsImport />
        <LrsKeys />
      </Stack>
    </RequirePermission>
  );
}
