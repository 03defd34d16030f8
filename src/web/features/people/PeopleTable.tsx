import { Anchor, Card, Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from './labels';
import { PersonStatusBadge } from './PersonStatusBadge';
import { type Sort, SortTh } from './SortTh';
import type { PersonT } from './types';

type Props = {
  items: PersonT[];
  /** False for people who may read but not invite: no checkboxes then. */
  selectable: boolean;
  selected: Set<string>;
  onSelect: (ids: string[], on: boolean) => void;
  sort: Sort;
  onSort: (s: Sort) => void;
};

/** Only people without a login can be (re)invited, so only they carry a checkbox. */
export const invitable = (p: PersonT) => p.status === 'pending' || p.status === 'invited';

/** The directory: a table from tablet width up, stacked cards on a phone. */
export function PeopleTable({ items, selectable, selected, onSelect, sort, onSort }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const choosable = items.filter(invitable).map((p) => p.id);
  const chosen = choosable.filter((id) => selected.has(id)).length;
  const pick = (p: PersonT) =>
    selectable && invitable(p) ? (
      <Checkbox
        aria-label={t('people:list.select', { name: p.name })}
        checked={selected.has(p.id)}
        onChange={(e) => onSelect([p.id], e.currentTarget.checked)}
      />
    ) : null;
  const name = (p: PersonT) => (
    <Anchor component={Link} to={`/people/${p.id}`} fw={600} size="sm">
      {p.name}
    </Anchor>
  );
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <>
      <Stack gap="xs" hiddenFrom="sm">
        {items.map((p) => (
          <Card key={p.id} withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                {pick(p)}
                <Stack gap={0} style={{ minWidth: 0 }}>
                  {name(p)}
                  <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                    {p.email}
                  </Text>
                </Stack>
              </Group>
              <PersonStatusBadge status={p.status} />
            </Group>
            <Text size="xs" mt={4}>
              {[p.jobTitle, p.department, p.site].filter(Boolean).join(' · ') || '—'}
            </Text>
            {p.manager && (
              <Text size="xs" c="gray.7">
                {t('people:list.managedBy', { name: p.manager.name })}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
      <ScrollArea type="auto" visibleFrom="sm">
        <Table striped highlightOnHover miw={900}>
          <Table.Thead>
            <Table.Tr>
              {selectable && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('people:list.selectPage')}
                    disabled={choosable.length === 0}
                    checked={choosable.length > 0 && chosen === choosable.length}
                    indeterminate={chosen > 0 && chosen < choosable.length}
                    onChange={(e) => onSelect(choosable, e.currentTarget.checked)}
                  />
                </Table.Th>
              )}
              <SortTh column="name" sort={sort} onSort={onSort}>
                {t('people:col.name')}
              </SortTh>
              <SortTh column="department" sort={sort} onSort={onSort}>
                {t('people:col.department')}
              </SortTh>
              <SortTh column="site" sort={sort} onSort={onSort}>
                {t('people:col.site')}
              </SortTh>
              <Table.Th>{t('people:col.jobTitle')}</Table.Th>
              <Table.Th>{t('people:col.manager')}</Table.Th>
              <SortTh column="status" sort={sort} onSort={onSort}>
                {t('people:col.status')}
              </SortTh>
              <Table.Th>{t('people:col.language')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id}>
                {selectable && <Table.Td>{pick(p)}</Table.Td>}
                <Table.Td>
                  {name(p)}
                  <Text size="xs" c="gray.7">
                    {p.email}
                  </Text>
                </Table.Td>
                <Table.Td>{dash(p.department)}</Table.Td>
                <Table.Td>{dash(p.site)}</Table.Td>
                <Table.Td>{dash(p.jobTitle)}</Table.Td>
                <Table.Td>{dash(p.manager?.name)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <PersonStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{labels.language(p.locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
