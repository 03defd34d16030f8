import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanT } from './api';

type Row = PlanT['coverage']['families'][number];

/** Voices per family (site, department) now and with the proposal; a group that gains its first voice stands out. */
export function CoverageTable({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Table striped aria-label={title} horizontalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">{t('ambassadors:rotation.eligible')}</Table.Th>
          <Table.Th ta="right">{t('ambassadors:rotation.before')}</Table.Th>
          <Table.Th ta="right">{t('ambassadors:rotation.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.name}>
            <Table.Td>
              {r.name}
              <br />
              {r.before === 0 && r.after > 0 && (
                <Badge size="xs" color="teal.9">
                  {t('ambassadors:rotation.newVoice')}
                </Badge>
              )}
              {r.after === 0 && (
                <Text span size="xs" c="gray.7">
                  {t('ambassadors:rotation.noVoice')}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{r.eligible}</Table.Td>
            <Table.Td ta="right">{r.before}</Table.Td>
            <Table.Td ta="right">{r.after}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
