import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { useAcknowledge, useAlerts } from './api';
import { Notice } from './Notice';

/** "Effetto valanga": a member holding a large share of the clicks is leaving; what it affects, and who could step in. */
export function ValangaAlerts({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const alerts = useAlerts(programmeId);
  const ack = useAcknowledge(programmeId);
  const items = alerts.data?.items ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="alerts-title">
      <Title order={3} size="h5" id="alerts-title">
        {t('ambassadors:alerts.title')}
      </Title>
      <ErrorAlert error={alerts.error ?? ack.error} />
      {alerts.data && items.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('ambassadors:alerts.none')}
        </Text>
      )}
      {items.map((a) => (
        <Notice
          key={a.id}
          color={a.acknowledged ? 'gray' : 'orange'}
          title={t('ambassadors:alerts.item', { name: a.person, share: fmt.percent(a.clickShare) })}
        >
          <Stack gap={6} align="flex-start">
            <Text size="sm">
              {a.trigger === 'leaving' ? t('ambassadors:alerts.leaving') : t('ambassadors:alerts.deactivated')}{' '}
              {t('ambassadors:alerts.affected', {
                clicks: a.affected.clicks,
                shares: a.affected.shares,
                posts: a.affected.posts,
              })}
            </Text>
            {a.suggestions.length > 0 && (
              <Text size="sm">{t('ambassadors:alerts.suggestions', { names: a.suggestions.map((s) => s.name).join(', ') })}</Text>
            )}
            {!a.acknowledged && (
              <Button size="xs" variant="light" loading={ack.isPending} onClick={() => ack.mutate(a.id)}>
                {t('ambassadors:alerts.acknowledge')}
              </Button>
            )}
          </Stack>
        </Notice>
      ))}
    </Stack>
  );
}
