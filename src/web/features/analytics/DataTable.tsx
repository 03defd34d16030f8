import { Card, Group, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DownloadMenu } from '../../lib/DownloadMenu';

export type Column<R> = { label: string; cell: (r: R) => ReactNode; numeric?: boolean };

/** A titled table that scrolls sideways at phone width, with its CSV download. */
export function DataTable<R>(props: {
  title: string;
  rows: R[];
  columns: Column<R>[];
  rowKey: (r: R) => string;
  csv: string;
  csvLabel: string;
  note?: string;
}) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h4">
          {props.title}
        </Title>
        <DownloadMenu compact csvHref={props.csv} label={props.csvLabel} />
      </Group>
      {props.note && (
        <Text size="xs" c="dimmed" mb="xs">
          {props.note}
        </Text>
      )}
      {/* Focusable and named: on a phone the table scrolls sideways, and keyboard users must be able to scroll it. */}
      <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': props.title }}>
        <Table striped miw={360}>
          <Table.Thead>
            <Table.Tr>
              {props.columns.map((c) => (
                <Table.Th key={c.label} ta={c.numeric ? 'right' : undefined}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((r) => (
              <Table.Tr key={props.rowKey(r)}>
                {props.columns.map((c) => (
                  <Table.Td key={c.label} ta={c.numeric ? 'right' : undefined}>
                    {c.cell(r)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Card>
  );
}
