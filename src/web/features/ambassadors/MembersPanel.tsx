import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { type ProgrammeT, useMembers } from './api';
import { memberStatusLabel } from './labels';
import { MemberActions } from './MemberActions';

/** The members with their readiness (a manager sees their team's); comms may suspend, reinstate or note a leaving date. */
export function MembersPanel({ programme, manage }: { programme: ProgrammeT; manage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useMembers(programme.id);
  return (
    <Stack gap="sm">
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && <Text c="gray.7">{t('ambassadors:members.empty')}</Text>}
      {list.data?.items.map((m) => {
        const r = m.readiness;
        const steps = [r.guidelines, ...(programme.quiz ? [r.quiz] : []), r.profile];
        return (
          <Card key={m.id} withBorder padding="sm" component="article" aria-label={m.person.name}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text fw={600}>{m.person.name}</Text>
                  <Text size="sm" c="gray.7">
                    {[m.person.jobFamily, m.person.site, m.cohort].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <Badge color={m.status === 'active' ? 'teal.9' : m.status === 'suspended' ? 'red.9' : 'gray.7'}>
                  {memberStatusLabel(t, m.status)}
                </Badge>
              </Group>
              <Text size="sm">
                {r.ready
                  ? t('ambassadors:readiness.ready')
                  : t('ambassadors:readiness.title', { done: steps.filter(Boolean).length, total: steps.length })}
              </Text>
              {m.suspendedReason && <Text size="sm">{t('ambassadors:members.suspendedFor', { reason: m.suspendedReason })}</Text>}
              {m.leavingOn && <Text size="sm">{t('ambassadors:members.leaving', { date: fmt.date(m.leavingOn) })}</Text>}
              {manage && <MemberActions programmeId={programme.id} member={m} />}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
