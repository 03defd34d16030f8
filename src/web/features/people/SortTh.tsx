import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type Sort = { by: string; order: 'asc' | 'desc' };

/** A column header that sorts the list; aria-sort tells screen readers which column the list is sorted by. */
export function SortTh({
  column,
  sort,
  onSort,
  children,
}: {
  column: string;
  sort: Sort;
  onSort: (s: Sort) => void;
  children: ReactNode;
}) {
  const active = sort.by === column;
  const Icon = !active ? IconArrowsSort : sort.order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => onSort({ by: column, order: active && sort.order === 'asc' ? 'desc' : 'asc' })}
      >
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
