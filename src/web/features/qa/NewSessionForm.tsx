import { Button, Card, MultiSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api, qs } from '../../lib/api';
import { type LeaderPerson, useCreateSession } from './api';

/** Moderators open a session: a title, what it is about, and the leaders (searched by name) who answer. */
export function NewSessionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSession();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [leaders, setLeaders] = useState<LeaderPerson[]>([]);
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['qa', 'leader-search', q],
    queryFn: () => api.get<{ items: LeaderPerson[] }>(`/api/qa/leader-search${qs({ q })}`),
    enabled: q.length > 0,
  });
  const byId = new Map([...leaders, ...(found.data?.items ?? [])].map((p) => [p.id, p]));
  const data = [...byId.values()].map((p) => ({ value: p.id, label: p.department ? `${p.name} · ${p.department}` : p.name }));
  const submit = () =>
    create.mutate({ title, description, leaderIds: leaders.map((l) => l.id) }, { onSuccess: (s) => navigate(`/qa/${s.id}`) });
  if (!open)
    return (
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('qa:create.open')}
      </Button>
    );
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('qa:create.title')}
        </Title>
        <TextInput label={t('qa:create.name')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Textarea
          label={t('qa:create.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <MultiSelect
          label={t('qa:create.leaders')}
          description={t('qa:create.leadersHint')}
          required
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={q ? t('qa:create.noPeople') : undefined}
          data={data}
          value={leaders.map((l) => l.id)}
          onChange={(ids) => setLeaders(ids.map((id) => byId.get(id)).filter((p): p is LeaderPerson => !!p))}
        />
        <ErrorAlert error={create.error} />
        <Button onClick={submit} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('qa:create.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
