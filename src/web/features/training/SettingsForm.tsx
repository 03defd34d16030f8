import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type SettingsT, useAdminActions, useSettings } from './api';

/** The currency of training costs and the benchmark the dashboard compares with (ATD 2015 until changed). */
export function SettingsForm() {
  const { t } = useTranslation();
  const settings = useSettings();
  const { settings: save } = useAdminActions();
  const [form, setForm] = useState<SettingsT | null>(null);
  useEffect(() => {
    if (settings.data && !form) setForm(settings.data);
  }, [settings.data, form]);
  if (!form) return null;
  const upper = (s: string) =>
    s
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .slice(0, 3);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="settings-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="settings-title">
          {t('training:settings.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('training:settings.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          <TextInput
            label={t('training:settings.currency')}
            value={form.currency}
            onChange={(e) => setForm({ ...form, currency: upper(e.currentTarget.value) })}
            maxLength={3}
          />
          <NumberInput
            label={t('training:settings.benchmarkHours')}
            value={form.benchmarkHours}
            onChange={(v) => setForm({ ...form, benchmarkHours: Number(v) || 0 })}
            min={0}
            decimalScale={1}
            decimalSeparator=","
          />
          <NumberInput
            label={t('training:settings.benchmarkSpend')}
            value={form.benchmarkSpend}
            onChange={(v) => setForm({ ...form, benchmarkSpend: Number(v) || 0 })}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
          />
          <TextInput
            label={t('training:settings.benchmarkCurrency')}
            value={form.benchmarkCurrency}
            onChange={(e) => setForm({ ...form, benchmarkCurrency: upper(e.currentTarget.value) })}
            maxLength={3}
          />
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button
            variant="default"
            loading={save.isPending}
            onClick={() =>
              save.mutate(form, {
                onSuccess: () => notifications.show({ color: 'green', message: t('training:settings.saved') }),
              })
            }
          >
            {t('training:settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
