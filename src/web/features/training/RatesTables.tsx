import { Card, ScrollArea, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Motivation } from '../../../server/modules/training/schema';
import { useFormat } from '../../lib/format';
import type { MeasuresT, RateRowT } from './api';
import { motivationLabel } from './labels';

/** Enrolment and completion rates by population, motivation, department and line manager. */
export function RatesTables({ m }: { m: MeasuresT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (v: number | null) => (v === null ? '—' : fmt.percent(v, 0));
  const none = t('training:rates.none');
  const table = (rows: RateRowT[], label: string, name: (k: string) => string) => (
    <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': label }}>
      <Table striped miw={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            <Table.Th ta="right">{t('training:rates.eligible')}</Table.Th>
            <Table.Th ta="right">{t('training:rates.enrolment')}</Table.Th>
            <Table.Th ta="right">{t('training:rates.completion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.key ? name(r.key) : none}</Table.Td>
              <Table.Td ta="right">{fmt.number(r.eligible)}</Table.Td>
              <Table.Td ta="right">{pct(r.enrolmentRate)}</Table.Td>
              <Table.Td ta="right">{pct(r.completionRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
  const same = (k: string) => k;
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb={4}>
        {t('training:rates.title')}
      </Title>
      <Text size="xs" c="gray.7" mb="sm">
        {t('training:rates.definition')}
      </Text>
      <Tabs defaultValue="population">
        <Tabs.List>
          <Tabs.Tab value="population">{t('training:rates.byPopulation')}</Tabs.Tab>
          <Tabs.Tab value="motivation">{t('training:rates.byMotivation')}</Tabs.Tab>
          <Tabs.Tab value="department">{t('training:rates.byDepartment')}</Tabs.Tab>
          <Tabs.Tab value="manager">{t('training:rates.byManager')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="population" pt="sm">
          {table(m.rates.byPopulation, t('training:rates.population'), same)}
        </Tabs.Panel>
        <Tabs.Panel value="motivation" pt="sm">
          {table(m.rates.byMotivation, t('training:rates.motivation'), (k) => motivationLabel(t, k as Motivation))}
        </Tabs.Panel>
        <Tabs.Panel value="department" pt="sm">
          {table(m.rates.byDepartment, t('training:rates.department'), same)}
        </Tabs.Panel>
        <Tabs.Panel value="manager" pt="sm">
          {table(m.rates.byManager, t('training:rates.manager'), same)}
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
