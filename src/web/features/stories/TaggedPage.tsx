import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useDeclineTag, useTagged } from './api';

/** Stories where a colleague named me: I may decline being named (removed before publication). */
export function TaggedPage() {
  const { t } = useTranslation();
  const tagged = useTagged();
  const decline = useDeclineTag();
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('stories:tagged.title')}</Title>
      {tagged.isLoading && <Loading />}
      <ErrorAlert error={tagged.error ?? decline.error} />
      {tagged.data?.items.length === 0 && <EmptyState title={t('stories:tagged.empty')} />}
      {tagged.data?.items.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('stories:tagged.by', { name: s.author })}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{s.body}</Text>
            <Group>
              {s.declined ? (
                <Badge color="gray.7">{t('stories:tagged.declined')}</Badge>
              ) : (
                <Button variant="light" color="red.9" size="sm" loading={decline.isPending} onClick={() => decline.mutate(s.id)}>
                  {t('stories:tagged.decline')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
