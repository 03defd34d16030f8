import { Chip, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { networkIcon, networkName, type ShareNetwork, shareNetworks } from './networks';

/** Chips wrap on a phone where a segmented control would overflow; each chip is a radio with its network name. */
export function NetworkPicker({ value, onChange }: { value: ShareNetwork; onChange: (n: ShareNetwork) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Text id={labelId} fw={500} size="sm">
        {t('feed:share.network')}
      </Text>
      <Chip.Group multiple={false} value={value} onChange={(v) => onChange(v as ShareNetwork)}>
        <Group gap="xs" role="radiogroup" aria-labelledby={labelId}>
          {shareNetworks.map((n) => (
            <Chip key={n} value={n} icon={networkIcon(n)} variant="outline">
              {networkName(t, n)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
