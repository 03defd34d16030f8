import { Card, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { ChannelStatsT } from './api';
import { channelLabel } from './labels';

/** Views, clicks and enrolments per channel, with what each figure means for that channel. */
export function ChannelTable({ rows, title }: { rows: ChannelStatsT[]; title: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = (v: number | null) => (v === null ? '—' : fmt.number(v));
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': title }}>
        <Table striped miw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training:channels.channel')}</Table.Th>
              <Table.Th ta="right">{t('training:channels.views')}</Table.Th>
              <Table.Th ta="right">{t('training:channels.clicks')}</Table.Th>
              <Table.Th ta="right">{t('training:channels.enrolments')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.channel}>
                <Table.Td>{channelLabel(t, r.channel)}</Table.Td>
                <Table.Td ta="right">{n(r.views)}</Table.Td>
                <Table.Td ta="right">{n(r.clicks)}</Table.Td>
                <Table.Td ta="right">{fmt.number(r.enrolments)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Text size="xs" c="gray.7" mt="xs">
        {t('training:channels.legend')}
      </Text>
    </Card>
  );
}
