import { Alert, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type NewLrsKeyT, useAdminActions, useLrsKeys } from './api';

/** Keys for LMSs posting xAPI "completed" statements: the secret is shown once, when the key is made. */
export function LrsKeys() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const keys = useLrsKeys();
  const { createKey, revokeKey } = useAdminActions();
  const [label, setLabel] = useState('');
  const [fresh, setFresh] = useState<NewLrsKeyT | null>(null);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="lrs-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="lrs-title">
          {t('training:lrs.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('training:lrs.hint')}
        </Text>
        {keys.data && (
          <Text size="sm">
            {t('training:lrs.endpoint')} <Code>{keys.data.endpoint}</Code>
          </Text>
        )}
        {fresh && (
          <Alert color="teal" title={t('training:lrs.created')}>
            <Text size="sm">
              {t('training:lrs.keyId')} <Code>{fresh.keyId}</Code>
            </Text>
            <Text size="sm">
              {t('training:lrs.secret')} <Code>{fresh.secret}</Code>
            </Text>
            <Text size="xs" mt={4}>
              {t('training:lrs.once')}
            </Text>
          </Alert>
        )}
        {keys.data?.items.map((k) => (
          <Group key={k.id} justify="space-between" wrap="wrap">
            <div>
              <Text size="sm" fw={600}>
                {k.label} · <Code>{k.keyId}</Code>
              </Text>
              <Text size="xs" c="gray.7">
                {k.revokedAt
                  ? t('training:lrs.revokedOn', { date: fmt.date(k.revokedAt) })
                  : k.lastUsedAt
                    ? t('training:lrs.usedOn', { date: fmt.dateTime(k.lastUsedAt) })
                    : t('training:lrs.neverUsed')}
              </Text>
            </div>
            {!k.revokedAt && (
              <Button size="compact-sm" variant="subtle" color="red.9" onClick={() => revokeKey.mutate(k.id)}>
                {t('training:lrs.revoke')}
              </Button>
            )}
          </Group>
        ))}
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('training:lrs.label')}
            placeholder={t('training:lrs.labelExample')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            maxLength={120}
          />
          <Button
            variant="default"
            disabled={!label.trim()}
            loading={createKey.isPending}
            onClick={() =>
              createKey.mutate(label, {
                onSuccess: (k) => {
                  setFresh(k);
                  setLabel('');
                },
              })
            }
          >
            {t('training:lrs.create')}
          </Button>
        </Group>
        <ErrorAlert error={createKey.error ?? revokeKey.error} />
      </Stack>
    </Card>
  );
}
