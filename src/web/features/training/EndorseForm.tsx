import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type TeamTrainingT, useTeamActions } from './api';

/**
 * The one-click endorsement with a personal note: seed 000 — if the line manager thinks a training unimportant, its
 * perceived value collapses; their word is what their team reads first on the card and in the e-mail.
 */
export function EndorseForm({ training: d }: { training: TeamTrainingT }) {
  const { t } = useTranslation();
  const { endorse } = useTeamActions(d.id);
  const [note, setNote] = useState(d.endorsement?.note ?? '');
  const save = (value: string | null) =>
    endorse.mutate(value, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          message: value === null ? t('training:endorse.withdrawn') : t('training:endorse.saved'),
        }),
    });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="endorse-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="endorse-title">
          {d.endorsement ? t('training:endorse.titleDone') : t('training:endorse.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('training:endorse.why')}
        </Text>
        <Textarea
          label={t('training:endorse.note')}
          description={t('training:endorse.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <ErrorAlert error={endorse.error} />
        <Group justify="flex-end" gap="sm">
          {d.endorsement && (
            <Button variant="subtle" color="red.9" c="red.9" onClick={() => save(null)} loading={endorse.isPending}>
              {t('training:endorse.withdraw')}
            </Button>
          )}
          <Button onClick={() => save(note)} loading={endorse.isPending}>
            {d.endorsement ? t('training:endorse.update') : t('training:endorse.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
