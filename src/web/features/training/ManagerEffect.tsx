import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { MeasuresT } from './api';

/**
 * Enrolment of people whose line manager endorsed the training against those whose manager did not, with its 95 %
 * interval, and the caveat it needs: an association, not a proof that endorsing causes enrolments.
 */
export function ManagerEffect({ m }: { m: MeasuresT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const e = m.managerEffect;
  const pp = (v: number) => `${v >= 0 ? '+' : '−'}${fmt.number(Math.abs(v) * 100, 1)}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="effect-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="effect-title">
          {t('training:effect.title')}
        </Title>
        {!e ? (
          <Text size="sm">{t('training:effect.none')}</Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <div>
                <Text size="sm" c="gray.7">
                  {t('training:effect.endorsed')}
                </Text>
                <Text fz={24} fw={700}>
                  {fmt.percent(e.endorsed.rate ?? 0, 0)}
                </Text>
                <Text size="xs" c="gray.7">
                  {t('training:effect.of', { enrolled: e.endorsed.enrolled, people: e.endorsed.people })}
                </Text>
              </div>
              <div>
                <Text size="sm" c="gray.7">
                  {t('training:effect.notEndorsed')}
                </Text>
                <Text fz={24} fw={700}>
                  {fmt.percent(e.notEndorsed.rate ?? 0, 0)}
                </Text>
                <Text size="xs" c="gray.7">
                  {t('training:effect.of', { enrolled: e.notEndorsed.enrolled, people: e.notEndorsed.people })}
                </Text>
              </div>
              <div>
                <Text size="sm" c="gray.7">
                  {t('training:effect.difference')}
                </Text>
                <Text fz={24} fw={700}>
                  {t('training:effect.points', { value: pp(e.difference) })}
                </Text>
                <Text size="xs" c="gray.7">
                  {t('training:effect.interval', { low: pp(e.low), high: pp(e.high) })}
                </Text>
              </div>
            </SimpleGrid>
            <Alert color="gray" variant="light" title={t('training:effect.caveatTitle')}>
              {t('training:effect.caveat')}
            </Alert>
          </>
        )}
      </Stack>
    </Card>
  );
}
