import { Anchor, List, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyProgrammeT } from './api';

type Props = { programme: MyProgrammeT; readiness: NonNullable<MyProgrammeT['member']>['readiness'] };

/** The checklist that makes a member ready, each step a link to where it is done. */
export function Readiness({ programme, readiness }: Props) {
  const { t } = useTranslation();
  const steps = [
    { done: readiness.guidelines, label: t('ambassadors:readiness.guidelines'), to: `/ambassadors/${programme.id}/guidelines` },
    ...(programme.quiz
      ? [{ done: readiness.quiz, label: t('ambassadors:readiness.quiz'), to: `/ambassadors/${programme.id}/quiz` }]
      : []),
    { done: readiness.profile, label: t('ambassadors:readiness.profile'), to: '/impact' },
  ];
  const done = steps.filter((s) => s.done).length;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {readiness.ready ? t('ambassadors:readiness.ready') : t('ambassadors:readiness.title', { done, total: steps.length })}
      </Text>
      <Progress value={(done / steps.length) * 100} aria-label={t('ambassadors:readiness.progress')} />
      <List spacing={4} size="sm" center>
        {steps.map((s) => (
          <List.Item
            key={s.to}
            icon={
              <ThemeIcon size={20} radius="xl" color={s.done ? 'teal.9' : 'gray.6'} variant={s.done ? 'filled' : 'light'}>
                {s.done ? <IconCheck size={14} aria-hidden /> : <IconCircleDashed size={14} aria-hidden />}
              </ThemeIcon>
            }
          >
            {s.done ? (
              <Text size="sm">{s.label}</Text>
            ) : (
              <Anchor component={Link} to={s.to} size="sm">
                {s.label}
              </Anchor>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
