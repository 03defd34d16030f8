import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format';
import type { TrainingCardT } from './api';
import { EnrolmentBadge } from './EnrolmentBadge';
import { motivationColor, motivationLabel } from './labels';
import { Endorsement, Proposition } from './Proposition';

/**
 * A training as one person sees it: what it is for them (their population's value proposition), what their manager
 * says about it, and where they stand. `via`: the channel the card belongs to (the feed), kept on the way in.
 */
export function TrainingCard({ card, via, headingLevel = 3 }: { card: TrainingCardT; via?: string; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const to = `/training/${card.id}${via ? `?via=${via}` : ''}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`training-${card.id}`}>
      <Stack gap="xs">
        <Group gap={6}>
          <Badge color={motivationColor[card.motivation]}>{motivationLabel(t, card.motivation)}</Badge>
          <Text size="xs" c="gray.7">
            {t('training:card.hours', { count: card.durationHours })}
            {card.nextSessionAt && ` · ${t('training:card.next', { date: fmt.dateTime(card.nextSessionAt) })}`}
          </Text>
          {card.enrolment && <EnrolmentBadge e={card.enrolment} />}
        </Group>
        <Title order={headingLevel} size="h4" id={`training-${card.id}`}>
          {card.title}
        </Title>
        {card.overdue && card.dueDate && (
          <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} aria-hidden />}>
            <Text size="sm" c="red.9">
              {t('training:card.overdue', { date: fmt.date(card.dueDate) })}
            </Text>
          </Alert>
        )}
        {card.proposition && <Proposition p={card.proposition} compact />}
        {card.endorsement && <Endorsement e={card.endorsement} />}
        {card.nudge && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconMessageCircle size={16} aria-hidden />
            <Text size="sm">{t('training:card.nudge', { name: card.nudge.managerName, message: card.nudge.message })}</Text>
          </Group>
        )}
        <Group justify="flex-end">
          <Button
            component={Link}
            to={to}
            variant={card.enrolment ? 'default' : 'filled'}
            aria-label={t('training:card.openLabel', { title: card.title })}
          >
            {card.enrolment ? t('training:card.details') : t('training:card.discover')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
