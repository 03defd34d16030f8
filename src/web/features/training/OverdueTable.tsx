import { Card, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { MeasuresT } from './api';

/** Mandatory trainings past their due day, person by person, and when their manager was told. */
export function OverdueTable({ m }: { m: MeasuresT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = t('training:overdue.title', { count: m.overdue.length });
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {m.overdue.length === 0 ? (
        <Text size="sm">{t('training:overdue.none')}</Text>
      ) : (
        <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': title }}>
          <Table striped miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training:overdue.person')}</Table.Th>
                <Table.Th>{t('training:overdue.training')}</Table.Th>
                <Table.Th>{t('training:overdue.due')}</Table.Th>
                <Table.Th>{t('training:overdue.manager')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.overdue.map((o) => (
                <Table.Tr key={`${o.trainingId}-${o.personId}`}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td>{o.title}</Table.Td>
                  <Table.Td>{fmt.date(o.dueDate)}</Table.Td>
                  <Table.Td>
                    {o.managerName ?? t('training:overdue.noManager')}
                    {o.escalatedAt && (
                      <Text size="xs" c="gray.7">
                        {t('training:overdue.told', { date: fmt.date(o.escalatedAt) })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Card>
  );
}
