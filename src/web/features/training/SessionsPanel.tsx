import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { useFormat } from '../../lib/format';
import { type ManagedTrainingT, useManageActions } from './api';
import { TrainerSelect } from './TrainerSelect';

const empty = {
  startsAt: '',
  endsAt: '',
  place: '',
  onlineUrl: '',
  seats: 12 as number | string,
  trainerId: null as string | null,
};
const FIELDS = ['startsAt', 'endsAt', 'place', 'onlineUrl', 'seats', 'trainerId'];
const PLACED = { 'training.session_ends_before_start': 'endsAt', 'training.session_overlap': 'startsAt' };
/** datetime-local values are the browser's local time: sent as instants. */
const instant = (local: string) => (local ? new Date(local).toISOString() : '');

/** The training's sessions with their seats; add one, change seats (never below who holds one), remove an empty one. */
export function SessionsPanel({ training: d }: { training: ManagedTrainingT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actions = useManageActions();
  const [form, setForm] = useState(empty);
  const [seats, setSeats] = useState<Record<string, number | string>>({});
  const fe = useFieldErrors(actions.addSession.error, { fields: FIELDS, codes: PLACED });
  const add = (e: FormEvent) => {
    e.preventDefault();
    actions.addSession.mutate(
      {
        id: d.id,
        body: {
          startsAt: instant(form.startsAt),
          endsAt: instant(form.endsAt),
          place: form.place || null,
          onlineUrl: form.onlineUrl || null,
          seats: Number(form.seats),
          trainerId: form.trainerId,
        },
      },
      { onSuccess: () => setForm(empty) },
    );
  };
  return (
    <Stack gap="md">
      {d.sessions.length === 0 && <Text size="sm">{t('training:sessions.none')}</Text>}
      {d.sessions.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="sm" align="flex-end">
            <div>
              <Text fw={600} size="sm">
                {fmt.dateTime(s.startsAt)} – {fmt.dateTime(s.endsAt)}
              </Text>
              <Text size="sm" c="gray.7">
                {[s.place, s.onlineUrl, s.trainerName && t('training:sessions.trainer', { name: s.trainerName })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text size="sm">{t('training:sessions.taken', { taken: s.taken, seats: s.seats, waitlisted: s.waitlisted })}</Text>
            </div>
            <Group gap="xs" align="flex-end">
              <NumberInput
                label={t('training:sessions.seats')}
                w={110}
                min={1}
                max={10000}
                value={seats[s.id] ?? s.seats}
                onChange={(v) => setSeats({ ...seats, [s.id]: v })}
              />
              <Button
                variant="default"
                onClick={() =>
                  actions.updateSession.mutate(
                    { id: s.id, body: { seats: Number(seats[s.id] ?? s.seats) } },
                    { onSuccess: () => notifications.show({ color: 'green', message: t('training:sessions.saved') }) },
                  )
                }
              >
                {t('training:sessions.saveSeats')}
              </Button>
              <Button variant="subtle" color="red.9" onClick={() => actions.deleteSession.mutate(s.id)}>
                {t('training:sessions.remove')}
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
      <ErrorAlert error={actions.updateSession.error ?? actions.deleteSession.error} />
      <Card withBorder padding="md" component="form" ref={fe.formRef} onSubmit={add} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('training:sessions.add')}
          </Title>
          <FormErrorAlert errors={fe} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('training:sessions.startsAt')}
              value={form.startsAt}
              onChange={(e) => setForm({ ...form, startsAt: e.currentTarget.value })}
              required
              error={fe.error('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('training:sessions.endsAt')}
              value={form.endsAt}
              onChange={(e) => setForm({ ...form, endsAt: e.currentTarget.value })}
              required
              error={fe.error('endsAt')}
            />
            <TextInput
              label={t('training:sessions.place')}
              value={form.place}
              onChange={(e) => setForm({ ...form, place: e.currentTarget.value })}
              maxLength={200}
              error={fe.error('place')}
            />
            <TextInput
              type="url"
              label={t('training:sessions.onlineUrl')}
              value={form.onlineUrl}
              onChange={(e) => setForm({ ...form, onlineUrl: e.currentTarget.value })}
              maxLength={2048}
              error={fe.error('onlineUrl')}
            />
            <NumberInput
              label={t('training:sessions.seats')}
              min={1}
              max={10000}
              value={form.seats}
              onChange={(v) => setForm({ ...form, seats: v })}
              required
              error={fe.error('seats')}
            />
            <TrainerSelect value={form.trainerId} onChange={(trainerId) => setForm({ ...form, trainerId })} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={actions.addSession.isPending}>
              {t('training:sessions.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
