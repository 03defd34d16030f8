import { NumberInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Motivation, TrainingKind } from '../../../server/modules/training/schema';
import type { TrainingForm } from './form';
import { kindLabel, motivationLabel, motivations, trainingKinds } from './labels';
import { MotivationGuide } from './MotivationGuide';

/** The training's own fields: what it is, why (its motivation, and the need behind a mandatory one), cost and time. */
export function TrainingFields({
  form,
  set,
  errorOf,
  currency,
}: {
  form: TrainingForm;
  set: (patch: Partial<TrainingForm>) => void;
  errorOf: (path: string) => string | undefined;
  currency: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        label={t('training:form.title')}
        value={form.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        maxLength={200}
        required
        error={errorOf('title')}
      />
      <Textarea
        label={t('training:form.description')}
        value={form.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        maxLength={5000}
        autosize
        minRows={3}
        error={errorOf('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('training:form.kind')}
          data={trainingKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          value={form.kind}
          onChange={(v) => v && set({ kind: v as TrainingKind })}
          allowDeselect={false}
        />
        <Select
          label={t('training:form.motivation')}
          description={t('training:form.motivationHint')}
          data={motivations.map((m) => ({ value: m, label: motivationLabel(t, m) }))}
          value={form.motivation}
          onChange={(v) => v && set({ motivation: v as Motivation })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <MotivationGuide motivation={form.motivation} />
      {form.motivation === 'mandatory' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea
            label={t('training:form.need')}
            description={t('training:form.needHint')}
            value={form.organisationalNeed}
            onChange={(e) => set({ organisationalNeed: e.currentTarget.value })}
            maxLength={2000}
            autosize
            minRows={2}
            required
            error={errorOf('organisationalNeed')}
          />
          <TextInput
            type="date"
            label={t('training:form.dueDate')}
            description={t('training:form.dueDateHint')}
            value={form.dueDate}
            onChange={(e) => set({ dueDate: e.currentTarget.value })}
            error={errorOf('dueDate')}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput
          label={t('training:form.hours')}
          value={form.durationHours}
          onChange={(v) => set({ durationHours: v })}
          min={0.5}
          max={1000}
          step={0.5}
          decimalScale={2}
          decimalSeparator=","
          error={errorOf('durationHours')}
        />
        <NumberInput
          label={t('training:form.cost', { currency })}
          value={form.cost}
          onChange={(v) => set({ cost: v })}
          min={0}
          max={1_000_000}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator="."
          error={errorOf('cost')}
        />
        <TextInput
          label={t('training:form.code')}
          description={t('training:form.codeHint')}
          value={form.code}
          onChange={(e) => set({ code: e.currentTarget.value })}
          maxLength={64}
          error={errorOf('code')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="url"
          label={t('training:form.elearningUrl')}
          value={form.elearningUrl}
          onChange={(e) => set({ elearningUrl: e.currentTarget.value })}
          maxLength={2048}
          error={errorOf('elearningUrl')}
        />
        <TextInput
          type="url"
          label={t('training:form.publicUrl')}
          description={t('training:form.publicUrlHint')}
          value={form.publicUrl}
          onChange={(e) => set({ publicUrl: e.currentTarget.value })}
          maxLength={2048}
          error={errorOf('publicUrl')}
        />
      </SimpleGrid>
      <Switch
        label={t('training:form.requiresApproval')}
        description={t('training:form.requiresApprovalHint')}
        checked={form.requiresApproval}
        onChange={(e) => set({ requiresApproval: e.currentTarget.checked })}
      />
      <Switch
        label={t('training:form.promoted')}
        description={t('training:form.promotedHint')}
        checked={form.promoted}
        onChange={(e) => set({ promoted: e.currentTarget.checked })}
      />
    </Stack>
  );
}
