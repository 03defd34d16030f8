import { Button, Card, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api, qs } from '../../lib/api';
import { useNominate } from './api';

type Person = { id: string; name: string; department: string | null };

/** Nominating a colleague with a reason: they get an e-mail and become a candidate only if they say yes. */
export function NominateForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const nominate = useNominate(programmeId);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [personId, setPersonId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const found = useQuery({
    queryKey: ['programme-nominees', q],
    queryFn: () => api.get<{ items: Person[] }>(`/api/people${qs({ q, pageSize: 20, status: 'active' })}`),
    enabled: q.length > 0,
  });
  const options = (found.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.department ? `${p.name} — ${p.department}` : p.name,
  }));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="nominate-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="nominate-title">
          {t('ambassadors:nominate.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('ambassadors:nominate.intro')}
        </Text>
        <Select
          label={t('ambassadors:nominate.person')}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: o }) => o}
          data={options}
          value={personId}
          onChange={setPersonId}
          nothingFoundMessage={q ? t('ambassadors:nominate.nobody') : undefined}
        />
        <Textarea
          label={t('ambassadors:nominate.reason')}
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ErrorAlert error={nominate.error} />
        {nominate.isSuccess && (
          <Text size="sm" role="status">
            {t('ambassadors:nominate.sent')}
          </Text>
        )}
        <Button
          style={{ alignSelf: 'flex-start' }}
          disabled={!personId || !reason.trim()}
          loading={nominate.isPending}
          onClick={() =>
            personId &&
            nominate.mutate(
              { personId, reason },
              {
                onSuccess: () => {
                  setPersonId(null);
                  setReason('');
                },
              },
            )
          }
        >
          {t('ambassadors:nominate.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
