import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamTrainingT } from '../../../server/modules/training/contract';

/**
 * What the manager's team gains: the proposition L&D wrote for managers, if any, and the propositions the team's
 * members read on their card (one per population), so the manager promotes it in the same words.
 */
export function TeamGains({ training }: { training: TeamTrainingT }) {
  const { t } = useTranslation();
  const mine = training.managerProposition;
  if (!mine && training.teamPropositions.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="gains-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="gains-title">
          {t('training:team.gainsTitle')}
        </Title>
        {mine && (
          <div>
            <Text size="sm">{mine.benefits}</Text>
            <Text size="sm" c="gray.7" mt={4}>
              {t('training:team.gainsOutcome', { outcome: mine.outcome })}
            </Text>
          </div>
        )}
        {training.teamPropositions.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('training:team.readsTitle')}
            </Text>
            <List size="sm" spacing={4} mt={4}>
              {training.teamPropositions.map(({ proposition: p, people }) => (
                <List.Item key={p.id}>
                  <Text span size="sm" fw={600}>
                    {t('training:team.reads', { label: p.label, count: people })}
                  </Text>
                  {`: ${p.benefits}`}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Card>
  );
}
