import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { useHrReferrals, useReferralActions, useRewards } from './api';
import { referralStatusKeys } from './labels';

/** HR's side of referrals: who referred whom (details once consented) and the staged rewards to approve. */
export function ReferralsPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const refs = useHrReferrals();
  const rewards = useRewards();
  const { approve } = useReferralActions();
  return (
    <Stack gap="sm">
      <Title order={3}>{t('recruiting:referrals.title')}</Title>
      <ErrorAlert error={refs.error ?? rewards.error ?? approve.error} />
      {refs.data?.referrals.map((r) => (
        <Card key={r.id} withBorder padding="xs">
          <Group gap={6} wrap="wrap">
            <Text fw={600}>{r.name ?? t('recruiting:referrals.awaitingConsent')}</Text>
            <Badge variant="outline">{t(referralStatusKeys[r.status])}</Badge>
            <Text size="sm" c="gray.7">
              {r.jobTitle} · {t('recruiting:referrals.by', { name: r.referrerName })} · {fmt.date(r.createdAt)}
            </Text>
          </Group>
          {r.why && <Text size="sm">{r.why}</Text>}
        </Card>
      ))}
      <Title order={3}>{t('recruiting:rewards.title')}</Title>
      {rewards.data?.rewards.length === 0 && <Text c="gray.7">{t('recruiting:rewards.none')}</Text>}
      {rewards.data?.rewards.map((r) => (
        <Group key={r.id} gap="xs" wrap="wrap">
          <Text>{r.personName}</Text>
          <Badge variant="light">{t(r.step === 'hire' ? 'recruiting:rewards.hire' : 'recruiting:rewards.trial')}</Badge>
          {r.status === 'approved' ? (
            <Badge color="teal.9">{t('recruiting:rewards.approved')}</Badge>
          ) : (
            <Button size="xs" onClick={() => approve.mutate(r.id)}>
              {t('recruiting:rewards.approve')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}
