import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { useCatalogue } from './api';
import { TrainingCard } from './TrainingCard';

/** "My training": what is offered to me, most pressing first, and the sessions I lead as a trainer. */
export function CataloguePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const catalogue = useCatalogue();
  const data = catalogue.data;
  return (
    <Stack maw={720} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('training:catalogue.title')}</Title>
        <Text c="gray.7" size="sm">
          {t('training:catalogue.intro')}
        </Text>
      </div>
      {catalogue.isLoading && <Loading />}
      <ErrorAlert error={catalogue.error} />
      {data && data.leading.length > 0 && (
        <Card withBorder padding="md" component="section" aria-labelledby="leading-title">
          <Title order={3} size="h5" id="leading-title" mb="xs">
            {t('training:catalogue.leading')}
          </Title>
          <Stack gap={4}>
            {data.leading.map((s) => (
              <Anchor key={s.sessionId} component={Link} to={`/training/sessions/${s.sessionId}`}>
                {t('training:catalogue.leadingItem', { title: s.title, date: fmt.dateTime(s.startsAt) })}
              </Anchor>
            ))}
          </Stack>
        </Card>
      )}
      {data && data.items.length === 0 && (
        <EmptyState icon={<IconSchool size={24} aria-hidden />} title={t('training:catalogue.empty')}>
          {t('training:catalogue.emptyBody')}
        </EmptyState>
      )}
      {data?.items.map((c) => (
        <TrainingCard key={c.id} card={c} />
      ))}
    </Stack>
  );
}
