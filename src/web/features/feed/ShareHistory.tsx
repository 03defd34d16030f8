import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { ImpactT } from './api';
import { networkIcon, networkName } from './networks';

/** My shares as cards (readable at phone width): post, network, date, clicks and the text I wrote. */
export function ShareHistory({ shares }: { shares: ImpactT['shares'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('feed:impact.history')}
      </Title>
      {shares.map((s) => (
        <Paper key={s.id} withBorder p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <div>
              <Text fw={600} size="sm">
                {s.postTitle}
              </Text>
              <Group gap={6} c="gray.7">
                {networkIcon(s.network)}
                <Text size="xs">
                  {networkName(t, s.network)} · {fmt.dateTime(s.createdAt)}
                </Text>
              </Group>
            </div>
            <Text size="sm" fw={700} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('feed:impact.clickCount', { count: s.clicks, n: fmt.number(s.clicks) })}
            </Text>
          </Group>
          <Text size="sm" mt={6} lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {s.text}
          </Text>
          {s.personalised && (
            <Badge mt={6} size="sm" variant="filled" color="teal.9">
              {t('feed:impact.ownWords')}
            </Badge>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
