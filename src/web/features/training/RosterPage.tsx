import { Anchor, Card, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useCheckIn, useCheckInsSaving, useRoster } from './roster-api';

/** The trainer's check-in, made for a phone in the training room: one tap per participant present. */
export function RosterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const roster = useRoster(id);
  const checkIn = useCheckIn(id);
  const saving = useCheckInsSaving(id);
  if (roster.isLoading) return <Loading />;
  if (!roster.data) return <ErrorAlert error={roster.error} />;
  const r = roster.data;
  const present = r.people.filter((p) => p.present).length;
  return (
    <Stack maw={560} mx="auto" gap="md">
      <Anchor component={Link} to="/training" size="sm">
        {t('training:roster.back')}
      </Anchor>
      <div>
        <Title order={2}>{t('training:roster.title', { title: r.title })}</Title>
        <Text size="sm" c="gray.7">
          {fmt.dateTime(r.session.startsAt)}
          {r.session.place && ` · ${r.session.place}`}
        </Text>
      </div>
      <Text size="sm" role="status">
        {t('training:roster.count', { present, total: r.people.length })}
      </Text>
      <ErrorAlert error={checkIn.error} />
      {r.people.length === 0 ? (
        <EmptyState title={t('training:roster.empty')} />
      ) : (
        <Card withBorder padding="md">
          <Stack gap="sm">
            {r.people.map((p) => (
              <Checkbox
                key={p.personId}
                size="md"
                checked={p.present}
                disabled={saving.includes(p.personId)}
                onChange={(e) => checkIn.mutate({ personId: p.personId, present: e.currentTarget.checked })}
                label={p.name}
                description={p.department ?? undefined}
              />
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
