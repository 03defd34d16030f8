import { ActionIcon, Button, Group, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaptionDraft, newKey } from './form';
import { type CaptionNetwork, captionNetworkOptions, networkLabel } from './labels';

/** Suggested captions per language: several variants, each for one network or any; employees edit them before sharing. */
export function CaptionsEditor({ captions, onChange }: { captions: CaptionDraft[]; onChange: (c: CaptionDraft[]) => void }) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<'it' | 'en'>('it');
  const mine = captions.filter((c) => c.locale === locale);
  const update = (key: string, patch: Partial<CaptionDraft>) =>
    onChange(captions.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const networks = captionNetworkOptions.map((n) => ({ value: n, label: networkLabel(t, n) }));
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {t('content:captions.hint')}
      </Text>
      <Tabs value={locale} onChange={(v) => setLocale(v === 'en' ? 'en' : 'it')}>
        <Tabs.List>
          <Tabs.Tab value="it">{t('content:captions.it', { count: captions.filter((c) => c.locale === 'it').length })}</Tabs.Tab>
          <Tabs.Tab value="en">{t('content:captions.en', { count: captions.filter((c) => c.locale === 'en').length })}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {mine.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('content:captions.none')}
        </Text>
      )}
      {mine.map((c, i) => (
        <Stack key={c.key} gap={4} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
          <Group justify="space-between" wrap="nowrap">
            <Select
              label={t('content:captions.network', { n: i + 1 })}
              data={networks}
              value={c.network}
              allowDeselect={false}
              onChange={(v) => v && update(c.key, { network: v as CaptionNetwork })}
              w={200}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('content:captions.remove', { n: i + 1 })}
              onClick={() => onChange(captions.filter((x) => x.key !== c.key))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
          <Textarea
            label={t('content:captions.label', { n: i + 1 })}
            autosize
            minRows={2}
            maxLength={3000}
            value={c.text}
            onChange={(e) => update(c.key, { text: e.currentTarget.value })}
          />
        </Stack>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...captions, { key: newKey(), locale, network: 'any', text: '' }])}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('content:captions.add')}
      </Button>
    </Stack>
  );
}
