import { Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { type ActionStatus, useActionWrites, useBoard } from './api';

const statuses = ['planned', 'in_progress', 'done'] as const;
const statusKeys: Record<ActionStatus, string> = {
  planned: 'actions:status.planned',
  in_progress: 'actions:status.in_progress',
  done: 'actions:status.done',
};
const statusColor: Record<ActionStatus, string> = { planned: 'gray.7', in_progress: 'blue.9', done: 'teal.9' };
const label = (t: TFunction, s: ActionStatus) => t(statusKeys[s]);

/** "You said, we did": what surveys and suggestions changed, for everyone to see; HR move each action on. */
export function BoardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const board = useBoard();
  const { update } = useActionWrites();
  const editor = hasPermission(me.data, 'surveys.manage') || hasPermission(me.data, 'suggestions.manage');
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('actions:title')}</Title>
      <Text size="sm" c="gray.7">
        {t('actions:intro')}
      </Text>
      {board.isLoading && <Loading />}
      <ErrorAlert error={board.error ?? update.error} />
      {board.data?.items.length === 0 && <EmptyState icon={<IconChecklist size={24} aria-hidden />} title={t('actions:empty')} />}
      {board.data?.items.map((a) => (
        <Card key={a.id} withBorder padding="sm">
          <Stack gap={6}>
            <Group gap={6}>
              <Badge color={statusColor[a.status]}>{label(t, a.status)}</Badge>
              <Text size="xs" c="gray.7">
                {t(a.source === 'survey' ? 'actions:source.survey' : 'actions:source.suggestion')}
                {a.doneOn ? ` · ${fmt.date(a.doneOn)}` : ''}
              </Text>
            </Group>
            <Text size="sm">
              <Text span fw={700}>
                {t('actions:youSaid')}
              </Text>{' '}
              {a.youSaid}
            </Text>
            <Text size="sm">
              <Text span fw={700}>
                {t('actions:weDo')}
              </Text>{' '}
              {a.weDo}
            </Text>
            {a.ownerName && (
              <Text size="xs" c="gray.7">
                {t('actions:owner', { name: a.ownerName })}
              </Text>
            )}
            {editor && a.source === 'survey' && a.status !== 'done' && (
              <Select
                label={t('actions:changeStatus')}
                data={statuses.map((s) => ({ value: s, label: label(t, s) }))}
                value={a.status}
                allowDeselect={false}
                onChange={(v) => v && update.mutate({ id: a.id, status: v as ActionStatus, expected: a.status })}
                maw={240}
              />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
