import { Button, Card, NumberInput, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type PointsTableT, useRecognition, useSaveRecognition } from './api';
import { Notice } from './Notice';

const fields: { key: keyof PointsTableT; label: string }[] = [
  { key: 'share', label: 'ambassadors:recognition.share' },
  { key: 'personalised', label: 'ambassadors:recognition.personalised' },
  { key: 'click', label: 'ambassadors:recognition.click' },
  { key: 'clickCapPerShareDay', label: 'ambassadors:recognition.cap' },
  { key: 'quiz', label: 'ambassadors:recognition.quiz' },
];

/** Points are off by default; comms switch them on and edit the table (never back-dated: changes count from now). */
export function RecognitionCard() {
  const { t } = useTranslation();
  const settings = useRecognition();
  const save = useSaveRecognition();
  const [table, setTable] = useState<PointsTableT | null>(null);
  useEffect(() => {
    if (settings.data) setTable(settings.data.table);
  }, [settings.data]);
  const s = settings.data;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="recognition-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="recognition-title">
          {t('ambassadors:recognition.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('ambassadors:recognition.intro')}
        </Text>
        <ErrorAlert error={settings.error ?? save.error} />
        {s?.lastError && <Notice color="orange">{t('ambassadors:recognition.lastError')}</Notice>}
        {s && (
          <>
            <Switch
              label={t('ambassadors:recognition.enabled')}
              checked={s.enabled}
              onChange={(e) => save.mutate({ enabled: e.currentTarget.checked })}
            />
            <Switch
              label={t('ambassadors:recognition.executives')}
              checked={s.executiveBoard}
              onChange={(e) => save.mutate({ executiveBoard: e.currentTarget.checked })}
            />
          </>
        )}
        {table && (
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            {fields.map((f) => (
              <NumberInput
                key={f.key}
                label={t(f.label)}
                min={0}
                max={1000}
                allowDecimal={false}
                value={table[f.key]}
                onChange={(v) => setTable({ ...table, [f.key]: typeof v === 'number' ? v : 0 })}
              />
            ))}
          </SimpleGrid>
        )}
        {table && (
          <Button
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            loading={save.isPending}
            onClick={() => save.mutate({ table })}
          >
            {t('ambassadors:recognition.save')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
