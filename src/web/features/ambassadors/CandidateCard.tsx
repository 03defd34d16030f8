import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { CandidateT, ProgrammeT } from './api';
import { DecisionForm } from './DecisionForm';
import { applicationColor, applicationStatusLabel } from './labels';

function checkBadges(t: TFunction, c: CandidateT['checks']) {
  const months = c.tenureMonths ?? 0;
  return [
    { ok: c.tenureOk, label: t('ambassadors:checks.tenure', { months }) },
    { ok: c.departmentOk, label: t('ambassadors:checks.department') },
    { ok: c.siteOk, label: t('ambassadors:checks.site') },
    { ok: c.familyOk, label: t('ambassadors:checks.family') },
    { ok: c.languageOk, label: t('ambassadors:checks.language') },
    { ok: c.breaches === 0, label: t('ambassadors:checks.breaches', { count: c.breaches }) },
  ];
}

/** One candidate as a reviewer sees them: who, why, where they speak, the checks computed, and the decision. */
export function CandidateCard({
  programme,
  candidate: c,
  onConflict,
}: {
  programme: ProgrammeT;
  candidate: CandidateT;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const where = [c.person.jobFamily, c.person.department, c.person.site].filter(Boolean).join(' · ');
  return (
    <Card withBorder padding="md" component="article" aria-label={c.person.name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={3} size="h5">
              {c.person.name}
            </Title>
            <Text size="sm" c="gray.7">
              {where}
            </Text>
          </div>
          <Badge color={applicationColor[c.status]} style={{ flexShrink: 0 }}>
            {applicationStatusLabel(t, c.status)}
          </Badge>
        </Group>
        <Group gap={6}>
          <Badge color={c.checks.eligible ? 'teal.9' : 'red.9'} variant="filled">
            {c.checks.eligible ? t('ambassadors:checks.eligible') : t('ambassadors:checks.notEligible')}
          </Badge>
          {checkBadges(t, c.checks).map((b) => (
            <Text key={b.label} size="xs" fw={600} c={b.ok ? 'teal.9' : 'red.9'}>
              {b.ok ? '✓ ' : '✗ '}
              {b.label}
            </Text>
          ))}
        </Group>
        {c.source === 'nominated' && (
          <Text size="sm">
            {t('ambassadors:screening.nominatedBy', { name: c.nominatedBy ?? '', reason: c.nominationReason ?? '' })}
          </Text>
        )}
        {c.motivation && <Text size="sm">«{c.motivation}»</Text>}
        <Text size="sm" c="gray.7">
          {t('ambassadors:screening.details', {
            networks: c.networks.join(', ') || '—',
            audience: c.audienceSize === null ? '—' : fmt.number(c.audienceSize),
            availability: c.availability || '—',
          })}
        </Text>
        {c.decisionReason && (
          <Text size="sm">
            {t('ambassadors:screening.decided', { reason: c.decisionReason, date: c.decidedAt ? fmt.date(c.decidedAt) : '' })}
          </Text>
        )}
        {(c.status === 'pending' || c.status === 'waitlisted') && (
          <DecisionForm programme={programme} candidate={c} from={c.status} onConflict={onConflict} />
        )}
      </Stack>
    </Card>
  );
}
