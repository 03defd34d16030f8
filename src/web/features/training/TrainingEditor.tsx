import { Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { type ManagedTrainingT, useManageActions } from './api';
import { bodyOf, formOf, type TrainingForm } from './form';
import { PropositionsEditor } from './PropositionsEditor';
import { TrainingFields } from './TrainingFields';

const FIELDS = [
  'title',
  'description',
  'kind',
  'motivation',
  'organisationalNeed',
  'dueDate',
  'durationHours',
  'cost',
  'code',
  'publicUrl',
  'elearningUrl',
  'propositions',
];
const PLACED = { 'training.need_required': 'organisationalNeed', 'training.duplicate_code': 'code' };

/** The training form with its value propositions; a refused save puts each problem under its field. */
export function TrainingEditor({ training, currency }: { training?: ManagedTrainingT; currency: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { save } = useManageActions();
  const [form, setForm] = useState<TrainingForm>(() => formOf(training));
  const fe = useFieldErrors(save.error, { fields: FIELDS, codes: PLACED });
  const set = (patch: Partial<TrainingForm>) => {
    for (const k of Object.keys(patch)) fe.edited(k);
    setForm((f) => ({ ...f, ...patch }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id: training?.id, body: bodyOf(form) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('training:form.saved', { title: saved.title }) });
          if (!training) navigate(`/training/manage/${saved.id}`, { replace: true });
          else setForm(formOf(saved));
        },
      },
    );
  };
  return (
    <form ref={fe.formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert errors={fe} />
        <TrainingFields form={form} set={set} errorOf={fe.error} currency={currency} />
        <Title order={3} size="h4">
          {t('training:vp.title')}
        </Title>
        <PropositionsEditor value={form.propositions} onChange={(propositions) => set({ propositions })} errorOf={fe.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {training ? t('training:form.save') : t('training:form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
