import { Anchor, Badge, Card, Group, NativeSelect, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type BoardQueryT, useBoard } from './api';
import { badgeLabel } from './labels';

const dimensionKeys = {
  all: 'ambassadors:board.dimension.all',
  department: 'ambassadors:board.dimension.department',
  site: 'ambassadors:board.dimension.site',
  jobFamily: 'ambassadors:board.dimension.jobFamily',
  cohort: 'ambassadors:board.dimension.cohort',
} as const;

/** Recognition, opt-in: the member's points and badges, and the board they can leave from their sharing profile. */
export function Board() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [dimension, setDimension] = useState<BoardQueryT['dimension']>('all');
  const [period, setPeriod] = useState<BoardQueryT['period']>('month');
  const board = useBoard({ dimension, period });
  const b = board.data;
  if (b && !b.enabled) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="board-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="board-title">
          {t('ambassadors:board.title')}
        </Title>
        <ErrorAlert error={board.error} />
        {b && (
          <Group gap="xs">
            <Text size="sm">{t('ambassadors:board.myPoints', { points: b.me.points })}</Text>
            {b.me.badges.map((badge) => (
              <Badge key={badge} color="teal.8" variant="light">
                {badgeLabel(t, badge)}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="sm" c="gray.7">
          {b?.optedOut ? t('ambassadors:board.optedOut') : t('ambassadors:board.optOutHint')}{' '}
          <Anchor component={Link} to="/impact" size="sm">
            {t('ambassadors:board.profileLink')}
          </Anchor>
        </Text>
        <SegmentedControl
          size="xs"
          value={period}
          onChange={(v) => setPeriod(v as BoardQueryT['period'])}
          data={[
            { value: 'month', label: t('ambassadors:board.month') },
            { value: 'term', label: t('ambassadors:board.term') },
          ]}
          aria-label={t('ambassadors:board.period')}
        />
        <NativeSelect
          size="xs"
          label={t('ambassadors:board.dimensionLabel')}
          value={dimension}
          onChange={(e) => setDimension(e.currentTarget.value as BoardQueryT['dimension'])}
          data={Object.entries(dimensionKeys).map(([value, key]) => ({ value, label: t(key) }))}
          maw={240}
        />
        {b && (
          <Text size="xs" c="gray.7">
            {t('ambassadors:board.average', { points: fmt.number(b.averagePerActive, 1) })}
          </Text>
        )}
        {b?.groups.map((g) => (
          <Table key={g.name} striped aria-label={g.name}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{g.name}</Table.Th>
                <Table.Th ta="right">{t('ambassadors:board.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.rows.map((r) => (
                <Table.Tr key={r.personId} fw={r.me ? 700 : undefined}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td ta="right">{r.points}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Card>
  );
}
