import { Card, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { Overview } from './useOverview';

export function Kpi({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      {children && (
        <Text size="xs" c="dimmed" mt={4}>
          {children}
        </Text>
      )}
    </Card>
  );
}

/** Every figure with how it is computed next to it: EMV with its formula and rates, concentration with its meaning. */
export function KpiCards({ o }: { o: Overview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const k = o.kpis;
  const pct = (n: number | null) => (n === null ? t('analytics:none') : f.percent(n));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <Kpi label={t('analytics:kpi.active')} value={`${f.number(k.activeAmbassadors)} / ${f.number(k.eligible)}`}>
        {t('analytics:kpi.activeHint', {
          rate: pct(k.activeRate),
          eligible: f.number(k.eligible),
          from: f.date(o.period.from),
          to: f.date(o.period.to),
        })}
      </Kpi>
      <Kpi label={t('analytics:kpi.shares')} value={f.number(k.shares)}>
        {t('analytics:kpi.sharesHint', { confirmed: f.number(k.confirmedShares) })}
      </Kpi>
      <Kpi label={t('analytics:kpi.clicks')} value={f.number(k.clicks)}>
        {t('analytics:kpi.clicksPerShare', {
          value: k.clicksPerShare === null ? t('analytics:none') : f.number(k.clicksPerShare, 2),
        })}
      </Kpi>
      <Kpi label={t('analytics:kpi.reach')} value={f.number(k.estimatedReach.value)}>
        {t('analytics:kpi.reachHint', { known: f.number(k.estimatedReach.sharesWithAudience), total: f.number(k.shares) })}
      </Kpi>
      <Kpi label={t('analytics:kpi.emv')} value={f.currency(k.emv.value)}>
        {/* Written here rather than taken from the server's `formula`, so it follows a language switch at once. */}
        {t('analytics:kpi.emvFormula', {
          clicks: f.number(k.clicks),
          cpc: f.currency(k.emv.costPerClick),
          reach: f.number(k.estimatedReach.value),
          cpm: f.currency(k.emv.cpm),
          clickValue: f.currency(k.emv.clickValue),
          impressionValue: f.currency(k.emv.impressionValue),
        })}
        <br />
        {t('analytics:kpi.emvRates', { cpc: f.currency(k.emv.costPerClick), cpm: f.currency(k.emv.cpm) })}
      </Kpi>
      <Kpi label={t('analytics:kpi.personalised')} value={pct(k.personalisationRate)}>
        {t('analytics:kpi.personalisedHint', { threshold: f.number(k.personalisationThreshold, 2) })}
      </Kpi>
      <Kpi label={t('analytics:kpi.top10')} value={pct(o.concentration.top10Share)}>
        {t('analytics:kpi.top10Hint', { n: f.number(o.concentration.ambassadors) })}
      </Kpi>
      <Kpi
        label={t('analytics:kpi.gini')}
        value={o.concentration.gini === null ? t('analytics:none') : f.number(o.concentration.gini, 2)}
      >
        {t('analytics:kpi.giniHint')}
      </Kpi>
    </SimpleGrid>
  );
}
