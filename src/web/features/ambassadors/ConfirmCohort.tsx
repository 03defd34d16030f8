import { Button, Card, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ProgrammeT, useConfirmPlan } from './api';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The new cohort's name and term; confirming sends the invitations (nobody joins without saying yes). */
export function ConfirmCohort({
  programme,
  applicationIds,
  onDone,
}: {
  programme: ProgrammeT;
  applicationIds: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmPlan(programme.id);
  const start = programme.currentCohort ? new Date(programme.currentCohort.endsOn) : new Date();
  const end = new Date(start);
  end.setMonth(end.getMonth() + programme.termMonths);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(day(start));
  const [endsOn, setEndsOn] = useState(day(end));
  return (
    <Card withBorder padding="md" component="section">
      <Stack gap="sm">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('ambassadors:rotation.cohortName')}
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 180 }}
          />
          <TextInput
            type="date"
            label={t('ambassadors:rotation.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('ambassadors:rotation.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
        </Group>
        <ErrorAlert error={confirm.error} />
        <Button
          style={{ alignSelf: 'flex-start' }}
          disabled={!name.trim()}
          loading={confirm.isPending}
          onClick={() => confirm.mutate({ name, startsOn, endsOn, applicationIds }, { onSuccess: onDone })}
        >
          {t('ambassadors:rotation.confirm', { count: applicationIds.length })}
        </Button>
      </Stack>
    </Card>
  );
}
