import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { useCheckIn, useEvent } from './api';
import { titleIn } from './labels';
import { Scanner } from './Scanner';

/** At the door, on the organiser's phone: scan a personal QR code or type it; attendance is recorded once. */
export function CheckInPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const e = useEvent(id);
  const checkIn = useCheckIn(id);
  const [code, setCode] = useState('');
  const send = useCallback((c: string) => checkIn.mutate(c.trim()), [checkIn.mutate]);
  const r = checkIn.data;
  return (
    <Stack maw={480} mx="auto" gap="md">
      <Title order={2}>{t('events:checkIn.title')}</Title>
      {e.data && <Text fw={600}>{titleIn(i18n.language, e.data)}</Text>}
      {e.data && (
        <Text size="sm" c="gray.7">
          {t('events:seats', { confirmed: e.data.confirmed, capacity: e.data.capacity })}
        </Text>
      )}
      <Scanner onCode={send} />
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          if (code.trim()) send(code);
        }}
      >
        <Stack gap="xs">
          <TextInput
            label={t('events:checkIn.code')}
            description={t('events:checkIn.codeHelp')}
            value={code}
            onChange={(ev) => setCode(ev.currentTarget.value)}
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={64}
          />
          <Button type="submit" loading={checkIn.isPending}>
            {t('events:checkIn.submit')}
          </Button>
        </Stack>
      </form>
      {r && (
        <Alert color={r.alreadyCheckedIn ? 'orange' : 'teal'} role="status">
          {r.alreadyCheckedIn
            ? t('events:checkIn.already', { name: r.name, when: fmt.dateTime(r.checkedInAt) })
            : t('events:checkIn.done', { name: r.name })}
        </Alert>
      )}
      <ErrorAlert error={checkIn.error} />
    </Stack>
  );
}
