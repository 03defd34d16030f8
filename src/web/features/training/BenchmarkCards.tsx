import { Card, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { MeasuresT } from './api';

function Figure({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Text size="sm" c="gray.7" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      {children && (
        <Text size="xs" c="gray.7" mt={4}>
          {children}
        </Text>
      )}
    </Card>
  );
}

/** Hours and spend per employee for the year, next to the benchmark (ATD 2015 unless the organisation set its own). */
export function BenchmarkCards({ m }: { m: MeasuresT }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const tag = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  const money = (n: number, currency: string) =>
    new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  const pct = (a: number | null, b: number) => (a === null || b === 0 ? '—' : fmt.percent(a / b, 0));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Figure
        label={t('training:measures.hours')}
        value={m.hours.perEmployee === null ? '—' : fmt.number(m.hours.perEmployee, 1)}
      >
        {t('training:measures.hoursHint', {
          total: fmt.number(m.hours.total, 1),
          headcount: fmt.number(m.headcount),
          benchmark: fmt.number(m.benchmark.hours, 1),
          share: pct(m.hours.perEmployee, m.benchmark.hours),
        })}
      </Figure>
      <Figure
        label={t('training:measures.spend')}
        value={m.spend.perEmployee === null ? '—' : money(m.spend.perEmployee, m.currency)}
      >
        {t('training:measures.spendHint', {
          total: money(m.spend.total, m.currency),
          benchmark: money(m.benchmark.spend, m.benchmark.currency),
        })}{' '}
        {m.benchmark.comparable
          ? t('training:measures.spendShare', { share: pct(m.spend.perEmployee, m.benchmark.spend) })
          : t('training:measures.notComparable', { currency: m.currency })}
      </Figure>
      <Figure label={t('training:measures.headcount')} value={fmt.number(m.headcount)}>
        {t('training:measures.headcountHint')}
      </Figure>
    </SimpleGrid>
  );
}
