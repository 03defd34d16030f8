import { Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { type ProgrammeT, usePlan } from './api';
import { ConfirmCohort } from './ConfirmCohort';
import { CoverageTable } from './CoverageTable';
import { reasonLabel } from './labels';

/**
 * The rotation planner: the next cohort proposed so that every family, site and department with candidates gets a
 * voice before any gets a second, each person with their reasons; comms untick whom they wish and confirm.
 */
export function RotationPanel({ programme }: { programme: ProgrammeT }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const plan = usePlan(programme.id, asked);
  const [chosen, setChosen] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (plan.data) setChosen(plan.data.proposals.map((p) => p.applicationId));
  }, [plan.data]);
  const d = plan.data;
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        {t('ambassadors:rotation.intro')}
      </Text>
      {sent && (
        <Text size="sm" role="status">
          {t('ambassadors:rotation.sent')}
        </Text>
      )}
      {!asked && (
        <Button
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setSent(false);
            setAsked(true);
          }}
        >
          {t('ambassadors:rotation.propose')}
        </Button>
      )}
      {plan.isFetching && <Loading />}
      <ErrorAlert error={plan.error} />
      {d && (
        <>
          <Text fw={600}>
            {t('ambassadors:rotation.summary', { proposed: d.proposals.length, seats: d.seats, candidates: d.candidates })}
          </Text>
          {d.proposals.length === 0 && <Text c="gray.7">{t('ambassadors:rotation.noCandidates')}</Text>}
          <Checkbox.Group value={chosen} onChange={setChosen} label={t('ambassadors:rotation.proposals')}>
            <Stack gap="xs" mt="xs">
              {d.proposals.map((p) => (
                <Card key={p.applicationId} withBorder padding="sm">
                  <Checkbox
                    value={p.applicationId}
                    label={
                      <Text size="sm" fw={600} component="span">
                        {p.person.name}
                      </Text>
                    }
                    description={[p.person.jobFamily, p.person.site, p.person.department].filter(Boolean).join(' · ')}
                  />
                  <Group gap={6} mt={6}>
                    {p.reasons.map((r) => (
                      <Text key={`${r.code}${r.value}`} size="xs" c="teal.9" bg="teal.0" px={6} style={{ borderRadius: 4 }}>
                        {reasonLabel(t, r.code, r.value)}
                      </Text>
                    ))}
                  </Group>
                </Card>
              ))}
            </Stack>
          </Checkbox.Group>
          <Title order={3} size="h5">
            {t('ambassadors:rotation.coverage')}
          </Title>
          <CoverageTable title={t('ambassadors:rotation.families')} rows={d.coverage.families} />
          <CoverageTable title={t('ambassadors:rotation.sites')} rows={d.coverage.sites} />
          <CoverageTable title={t('ambassadors:rotation.departments')} rows={d.coverage.departments} />
          {chosen.length > 0 && (
            <ConfirmCohort
              programme={programme}
              applicationIds={chosen}
              onDone={() => {
                setSent(true);
                setAsked(false);
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
