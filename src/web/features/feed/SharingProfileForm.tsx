import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { type SharingProfileT, useSaveSharingProfile, useSharingProfile } from './api';
import { networkName } from './networks';

/** Networks where a follower count is meaningful (e-mail and copy link have no audience to state). */
const audienceNetworks = ['linkedin', 'x', 'facebook', 'whatsapp', 'telegram'] as const;

/**
 * Ranking opt-out and audience sizes: rankings are opt-out, never a condition of taking part. Also the welcome
 * step after accepting an invitation (`onSaved`: where to go next, `submitLabel`: its button).
 */
export function SharingProfileForm({ onSaved, submitLabel }: { onSaved?: () => void; submitLabel?: string } = {}) {
  const { t } = useTranslation();
  const q = useSharingProfile();
  const save = useSaveSharingProfile();
  const fe = useFieldErrors(save.error, {
    fields: ['contentLanguages', 'rankingOptOut', ...audienceNetworks.map((n) => `audience.${n}`)],
  });
  const [form, setForm] = useState<SharingProfileT | null>(null);
  useEffect(() => {
    if (q.data) setForm(q.data);
  }, [q.data]);
  if (q.isLoading || !form) return q.error ? <ErrorAlert error={q.error} /> : <Loading />;

  const submit = async () => {
    await save.mutateAsync(form);
    notifications.show({
      color: 'green',
      message: t('feed:profile.saved'),
    });
    onSaved?.();
  };

  return (
    <Paper withBorder p="md">
      <form
        ref={fe.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('feed:profile.title')}
          </Title>
          <Checkbox.Group
            label={t('feed:profile.languages')}
            description={t('feed:profile.languagesHelp')}
            value={form.contentLanguages}
            error={fe.error('contentLanguages')}
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
            onChange={(v) => {
              fe.edited('contentLanguages');
              setForm({ ...form, contentLanguages: v.filter((l): l is 'it' | 'en' => l === 'it' || l === 'en') });
            }}
          >
            <Group gap="lg" mt={6}>
              <Checkbox value="it" label={t('feed:profile.italian')} />
              <Checkbox value="en" label={t('feed:profile.english')} />
            </Group>
          </Checkbox.Group>
          <Switch
            label={t('feed:profile.optOut')}
            description={t('feed:profile.optOutHelp')}
            checked={form.rankingOptOut}
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
            onChange={(e) => setForm({ ...form, rankingOptOut: e.currentTarget.checked })}
          />
          <div>
            <Text fw={500} size="sm">
              {t('feed:profile.audience')}
            </Text>
            <Text size="xs" c="gray.7">
              {t('feed:profile.audienceHelp')}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }}>
            {audienceNetworks.map((n) => (
              <NumberInput
                key={n}
                label={t('feed:profile.followers', { network: networkName(t, n) })}
                min={0}
                max={100_000_000}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator
                hideControls
                error={fe.error(`audience.${n}`)}
                value={form.audience[n] ?? ''}
                onChange={(v) => {
                  fe.edited(`audience.${n}`);
                  setForm({ ...form, audience: { ...form.audience, [n]: typeof v === 'number' ? v : undefined } });
                }}
              />
            ))}
          </SimpleGrid>
          <FormErrorAlert errors={fe} />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {submitLabel ?? t('feed:profile.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
