import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useReferralActions } from './api';

/** Name, e-mail and a line on why: the person is asked to consent before anyone in HR sees them. */
export function ReferForm({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { refer } = useReferralActions();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [why, setWhy] = useState('');
  return (
    <Stack gap="xs">
      <TextInput label={t('recruiting:refer.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <TextInput
        label={t('recruiting:refer.email')}
        type="email"
        required
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      <Textarea label={t('recruiting:refer.why')} required value={why} onChange={(e) => setWhy(e.currentTarget.value)} />
      <ErrorAlert error={refer.error} />
      <Button
        size="xs"
        loading={refer.isPending}
        onClick={() => refer.mutate({ jobId, name, email, why }, { onSuccess: onDone })}
      >
        {t('recruiting:refer.send')}
      </Button>
    </Stack>
  );
}
