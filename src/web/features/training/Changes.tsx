import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { TrainingDetailT } from './api';

/** "What we changed after your feedback": the learning relationship made visible. */
export function Changes({ changes }: { changes: TrainingDetailT['changes'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (changes.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="changes-title">
      <Title order={3} size="h5" id="changes-title" mb="xs">
        {t('training:changes.title')}
      </Title>
      <Stack gap="xs">
        {changes.map((c) => (
          <div key={c.at}>
            <Group gap={6}>
              <Text size="xs" c="gray.7">
                {fmt.date(c.at)}
              </Text>
              {c.afterMyFeedback && (
                <Badge size="sm" color="teal.9">
                  {t('training:changes.afterYours')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{c.note}</Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
