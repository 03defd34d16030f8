import { Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { HireCard } from './HireCard';
import { type JourneyT, useJourney } from './journey-api';
import { journeyStepKeys } from './journey-labels';
import { sourceKeys } from './labels';

/** The Brand Experience Journey: from a job page view to a hire, their onboarding and their own first share. */
export function JourneyPage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <JourneyView />
    </RequirePermission>
  );
}

function JourneyView() {
  const { t } = useTranslation();
  const [months, setMonths] = useState('12');
  const j = useJourney(Number(months));
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={2}>{t('recruiting:journey.title')}</Title>
      <Text c="dimmed">{t('recruiting:journey.intro')}</Text>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('recruiting:journey.period')}
          value={months}
          onChange={setMonths}
          data={['3', '6', '12'].map((m) => ({ value: m, label: t('recruiting:journey.months', { count: Number(m) }) }))}
        />
        <Button
          component="a"
          href={`/api/recruiting/journey.csv?months=${months}`}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('recruiting:journey.csv')}
        </Button>
      </Group>
      {j.isLoading && <Loading />}
      <ErrorAlert error={j.error} />
      {j.data && <JourneyBody j={j.data} />}
    </Stack>
  );
}

function JourneyBody({ j }: { j: JourneyT }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'it-IT', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${m}-01T00:00:00Z`));
  const stepCell = (s: JourneyT['steps'][number]) =>
    `${fmt.number(s.count)}${s.conversion !== null ? ` (${fmt.percent(s.conversion, 0)})` : ''}`;
  const stepTable = (caption: string, rows: { key: string; label: string; steps: JourneyT['steps'] }[]) => (
    <Table.ScrollContainer minWidth={760}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {j.steps.map((s) => (
              <Table.Th key={s.step}>{t(journeyStepKeys[s.step])}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">{r.label}</Table.Th>
              {r.steps.map((s) => (
                <Table.Td key={s.step}>{stepCell(s)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} component="ol" spacing="xs" p={0} style={{ listStyle: 'none' }}>
        {j.steps.map((s) => (
          <Card key={s.step} withBorder padding="sm" component="li">
            <Text size="sm" c="dimmed">
              {t(journeyStepKeys[s.step])}
            </Text>
            <Text fz="xl" fw={700}>
              {fmt.number(s.count)}
            </Text>
            <Text size="xs" c="dimmed">
              {s.conversion === null
                ? '\u00a0'
                : t(s.step === 'advocates' ? 'recruiting:journey.ofHires' : 'recruiting:journey.ofPrevious', {
                    value: fmt.percent(s.conversion, 1),
                  })}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      <Title order={3}>{t('recruiting:journey.origins')}</Title>
      {j.origins.length === 0 ? (
        <EmptyState title={t('recruiting:journey.noOrigins')} />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recruiting:journey.employee')}</Table.Th>
                <Table.Th>{t('recruiting:journey.shares')}</Table.Th>
                <Table.Th>{t('recruiting:journey.clicks')}</Table.Th>
                <Table.Th>{t('recruiting:journey.steps.applied')}</Table.Th>
                <Table.Th>{t('recruiting:journey.steps.hired')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {j.origins.map((o) => (
                <Table.Tr key={o.name}>
                  <Table.Th scope="row">{o.name}</Table.Th>
                  <Table.Td>{o.shares}</Table.Td>
                  <Table.Td>{o.clicks}</Table.Td>
                  <Table.Td>{o.applied}</Table.Td>
                  <Table.Td>{o.hired}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Title order={3}>{t('recruiting:journey.hires')}</Title>
      {j.hires.length === 0 ? (
        <EmptyState title={t('recruiting:journey.noHires')} />
      ) : (
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
          {j.hires.map((h, i) => (
            <HireCard key={h.applicationId ?? `erased-${i}`} hire={h} />
          ))}
        </Stack>
      )}

      <Title order={3}>{t('recruiting:journey.bySource')}</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('recruiting:journey.shares')}</Table.Th>
              <Table.Th>{t('recruiting:journey.clicks')}</Table.Th>
              <Table.Th>{t('recruiting:journey.steps.views')}</Table.Th>
              <Table.Th>{t('recruiting:journey.steps.applied')}</Table.Th>
              <Table.Th>{t('recruiting:journey.steps.hired')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {j.bySource.map((s) => (
              <Table.Tr key={s.source}>
                <Table.Th scope="row">{t(sourceKeys[s.source])}</Table.Th>
                <Table.Td>{s.shares}</Table.Td>
                <Table.Td>{s.clicks}</Table.Td>
                <Table.Td>{s.views}</Table.Td>
                <Table.Td>{s.applied}</Table.Td>
                <Table.Td>{s.hired}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={3}>{t('recruiting:journey.byFamily')}</Title>
      {stepTable(
        t('recruiting:journey.conversionNote'),
        j.byFamily.map((f) => ({ key: f.family, label: f.family, steps: f.steps })),
      )}
      <Title order={3}>{t('recruiting:journey.byMonth')}</Title>
      {stepTable(
        t('recruiting:journey.cohortNote'),
        j.byMonth.map((m) => ({ key: m.month, label: monthName(m.month), steps: m.steps })),
      )}
    </>
  );
}
