import { Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { api, qs } from '../../lib/api';
import { type SwapViewT, useSwapActions, useSwaps } from './api';
import { swapStatusKeys } from './labels';

type Colleague = { id: string; name: string; department: string | null };

function ProposeForm() {
  const { t } = useTranslation();
  const { propose } = useSwapActions();
  const [q, setQ] = useState('');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [day, setDay] = useState('');
  const [note, setNote] = useState('');
  const found = useQuery({
    queryKey: ['events', 'colleagues', q],
    queryFn: () => api.get<{ items: Colleague[] }>(`/api/events/swaps/colleagues${qs({ q })}`),
    enabled: q.trim().length >= 2,
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="swap-propose-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (partnerId && day) propose.mutate({ partnerId, day, note }, { onSuccess: () => setNote('') });
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="swap-propose-title">
            {t('events:swap.propose')}
          </Title>
          <Text size="sm">{t('events:swap.help')}</Text>
          <Select
            label={t('events:swap.partner')}
            searchable
            searchValue={q}
            onSearchChange={setQ}
            data={(found.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}${c.department ? ` (${c.department})` : ''}`,
            }))}
            value={partnerId}
            onChange={setPartnerId}
            nothingFoundMessage={q.length >= 2 ? t('events:swap.nobody') : t('events:swap.typeName')}
          />
          <TextInput
            type="date"
            label={t('events:swap.day')}
            required
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          <Textarea
            label={t('events:swap.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ErrorAlert error={propose.error} />
          <Button type="submit" loading={propose.isPending} disabled={!partnerId || !day}>
            {t('events:swap.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function SwapCard({ swap: s }: { swap: SwapViewT }) {
  const { t } = useTranslation();
  const { decide } = useSwapActions();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap={6}>
        <Text fw={600}>
          {s.proposer.name} ⇄ {s.partner.name}
        </Text>
        <Badge color={s.status === 'approved' ? 'teal.9' : s.status === 'declined' ? 'red.9' : 'orange.9'}>
          {t(swapStatusKeys[s.status])}
        </Badge>
      </Group>
      <Text size="sm" c="gray.7">
        {s.day} · {s.proposer.department ?? '—'} ⇄ {s.partner.department ?? '—'}
      </Text>
      {s.note && <Text size="sm">{s.note}</Text>}
      <Text size="xs" c="gray.7">
        {t('events:swap.approvals', {
          a: s.proposerApproved ? t('events:swap.yes') : t('events:swap.no'),
          b: s.partnerApproved ? t('events:swap.yes') : t('events:swap.no'),
        })}
      </Text>
      {s.canDecide && (
        <Group gap="sm" mt="xs">
          <Button size="xs" loading={decide.isPending} onClick={() => decide.mutate({ id: s.id, approve: true })}>
            {t('events:swap.approve')}
          </Button>
          <Button size="xs" variant="subtle" color="red.9" c="red.9" onClick={() => decide.mutate({ id: s.id, approve: false })}>
            {t('events:swap.decline')}
          </Button>
        </Group>
      )}
      {s.eventId && (
        <Button component={Link} to={`/events/${s.eventId}`} size="xs" variant="default" mt="xs">
          {t('events:swap.event')}
        </Button>
      )}
      <ErrorAlert error={decide.error} />
    </Card>
  );
}

/** Job swaps: propose a day in a colleague's job (another department); managers approve their report's side. */
export function SwapsPage() {
  const { t } = useTranslation();
  const swaps = useSwaps();
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('events:swap.title')}</Title>
      <ProposeForm />
      {swaps.isLoading && <Loading />}
      <ErrorAlert error={swaps.error} />
      {swaps.data?.swaps.map((s) => (
        <SwapCard key={s.id} swap={s} />
      ))}
    </Stack>
  );
}
