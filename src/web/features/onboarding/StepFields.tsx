import { ActionIcon, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StepTargetsT, TemplateInputT } from './api';

export type StepDraft = TemplateInputT['steps'][number];

/** Which list a kind picks its target from (training: optional, the others required). */
const targetList = {
  read_post: 'posts',
  acknowledge: 'mustReads',
  pulse: 'surveys',
  training: 'trainings',
} as const satisfies Partial<Record<StepDraft['kind'], keyof StepTargetsT>>;

const kindKeys = {
  read_post: 'onboarding:kinds.read_post',
  acknowledge: 'onboarding:kinds.acknowledge',
  pulse: 'onboarding:kinds.pulse',
  meet_buddy: 'onboarding:kinds.meet_buddy',
  training: 'onboarding:kinds.training',
  first_share: 'onboarding:kinds.first_share',
  task: 'onboarding:kinds.task',
} as const;
const targetKeys = {
  posts: 'onboarding:editor.target.posts',
  mustReads: 'onboarding:editor.target.mustReads',
  surveys: 'onboarding:editor.target.surveys',
  trainings: 'onboarding:editor.target.trainings',
} as const;

type Props = {
  step: StepDraft;
  index: number;
  count: number;
  targets: StepTargetsT | undefined;
  onChange: (s: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One step of a journey: what to do, on which day from the first day, its title in both languages, what it points at. */
export function StepFields({ step, index, count, targets, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const list = step.kind in targetList ? targetList[step.kind as keyof typeof targetList] : null;
  const options = list ? (targets?.[list] ?? []).map((x) => ({ value: x.id, label: x.title })) : [];
  if (step.refId && list && !options.some((o) => o.value === step.refId))
    options.push({ value: step.refId, label: t('onboarding:editor.targetGone') });
  return (
    <Card withBorder padding="sm" component="fieldset" aria-label={t('onboarding:editor.stepN', { n })}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('onboarding:editor.stepN', { n })}</Text>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={t('onboarding:editor.up', { n })}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={t('onboarding:editor.down', { n })}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red.9"
              disabled={count === 1}
              onClick={onRemove}
              aria-label={t('onboarding:editor.remove', { n })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            label={t('onboarding:editor.kind')}
            data={(Object.keys(kindKeys) as StepDraft['kind'][]).map((k) => ({ value: k, label: t(kindKeys[k]) }))}
            value={step.kind}
            allowDeselect={false}
            onChange={(k) => k && onChange({ ...step, kind: k as StepDraft['kind'], refId: null })}
          />
          <NumberInput
            label={t('onboarding:editor.offset')}
            description={t('onboarding:editor.offsetHelp')}
            min={-60}
            max={365}
            allowDecimal={false}
            value={step.offsetDays}
            onChange={(v) => onChange({ ...step, offsetDays: typeof v === 'number' ? v : Number.parseInt(v, 10) || 0 })}
          />
          <TextInput
            label={t('onboarding:editor.stepTitleIt')}
            value={step.titleIt}
            onChange={(e) => onChange({ ...step, titleIt: e.currentTarget.value })}
          />
          <TextInput
            label={t('onboarding:editor.stepTitleEn')}
            value={step.titleEn}
            onChange={(e) => onChange({ ...step, titleEn: e.currentTarget.value })}
          />
        </SimpleGrid>
        {list && (
          <Select
            label={t(targetKeys[list])}
            placeholder={t('onboarding:editor.pick')}
            data={options}
            value={step.refId}
            searchable
            clearable={list === 'trainings'}
            nothingFoundMessage={t('onboarding:editor.noTargets')}
            onChange={(v) => onChange({ ...step, refId: v })}
          />
        )}
      </Stack>
    </Card>
  );
}
