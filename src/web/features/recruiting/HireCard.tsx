import { Card, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type JourneyT, useLinkHire, usePeopleSearch } from './journey-api';
import { sourceKeys } from './labels';

type Hire = JourneyT['hires'][number];

/** One hire and how far they closed the circle: where they came from, onboarding, their own first share. */
export function HireCard({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{hire.name || t('recruiting:journey.erasedHire')}</Text>
          <Text size="sm" c="dimmed">
            {hire.job} · {hire.family}
          </Text>
        </Group>
        <Text size="sm">
          {hire.origin
            ? t(hire.source === 'referral' ? 'recruiting:journey.originReferral' : 'recruiting:journey.originShare', {
                name: hire.origin,
              })
            : t(sourceKeys[hire.source])}
        </Text>
        {hire.personId ? (
          <Group gap="md" wrap="wrap">
            <Text size="sm" fw={hire.onboarding && hire.onboarding.done === hire.onboarding.total ? 600 : 400}>
              {hire.onboarding
                ? t('recruiting:journey.onboarding', { done: hire.onboarding.done, total: hire.onboarding.total })
                : t('recruiting:journey.noOnboarding')}
            </Text>
            <Text size="sm" fw={hire.firstShareAt ? 600 : 400}>
              {hire.firstShareAt
                ? t('recruiting:journey.firstShare', { date: fmt.date(hire.firstShareAt), count: hire.firstShareClicks })
                : t('recruiting:journey.noShareYet')}
            </Text>
          </Group>
        ) : (
          hire.applicationId && <LinkPerson applicationId={hire.applicationId} />
        )}
      </Stack>
    </Card>
  );
}

/** HR find the new colleague in the directory and link them, so onboarding and advocacy follow. */
function LinkPerson({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const people = usePeopleSearch(q);
  const link = useLinkHire();
  return (
    <Stack gap={4}>
      <Select
        label={t('recruiting:journey.linkLabel')}
        description={t('recruiting:journey.linkHelp')}
        placeholder={t('recruiting:journey.linkPlaceholder')}
        searchable
        searchValue={q}
        onSearchChange={setQ}
        data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        nothingFoundMessage={q.trim().length >= 2 ? t('recruiting:journey.nobody') : undefined}
        onChange={(personId) => personId && link.mutate({ id: applicationId, personId })}
        disabled={link.isPending}
      />
      <ErrorAlert error={link.error} />
    </Stack>
  );
}
