import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type MemberT, useMemberAction, useSetLeaving } from './api';

/** Suspending sharing needs a reason (the member sees it); reinstating and a leaving date are one click each. */
export function MemberActions({ programmeId, member }: { programmeId: string; member: MemberT }) {
  const { t } = useTranslation();
  const action = useMemberAction(programmeId);
  const leaving = useSetLeaving(programmeId);
  const [reason, setReason] = useState('');
  const [day, setDay] = useState(member.leavingOn ?? '');
  if (member.status !== 'active' && member.status !== 'suspended') return null;
  return (
    <Stack gap={6}>
      {member.status === 'active' ? (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            label={t('ambassadors:members.suspendReason')}
            value={reason}
            maxLength={1000}
            onChange={(e) => setReason(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 180 }}
          />
          <Button
            size="xs"
            color="red.9"
            variant="outline"
            disabled={!reason.trim()}
            loading={action.isPending}
            onClick={() => action.mutate({ memberId: member.id, action: 'suspend', reason })}
          >
            {t('ambassadors:members.suspend')}
          </Button>
        </Group>
      ) : (
        <Button
          size="xs"
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          loading={action.isPending}
          onClick={() => action.mutate({ memberId: member.id, action: 'reinstate' })}
        >
          {t('ambassadors:members.reinstate')}
        </Button>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          size="xs"
          type="date"
          label={t('ambassadors:members.leavingOn')}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <Button
          size="xs"
          variant="default"
          loading={leaving.isPending}
          onClick={() => leaving.mutate({ memberId: member.id, leavingOn: day || null })}
        >
          {t('ambassadors:members.saveLeaving')}
        </Button>
      </Group>
      <ErrorAlert error={action.error ?? leaving.error} />
    </Stack>
  );
}
