import {
  Card,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeForm } from './programme-form';

type Props = { form: ProgrammeForm; set: (patch: Partial<ProgrammeForm>) => void; isNew: boolean };

/** Purpose and expectations in both languages, eligibility, seats, term and the valanga threshold. */
export function ProgrammeFields({ form, set, isNew }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('ambassadors:editor.name')}
        required
        maxLength={120}
        value={form.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label={t('ambassadors:editor.purposeIt')}
          autosize
          minRows={2}
          value={form.purposeIt}
          onChange={(e) => set({ purposeIt: e.currentTarget.value })}
        />
        <Textarea
          label={t('ambassadors:editor.purposeEn')}
          autosize
          minRows={2}
          value={form.purposeEn}
          onChange={(e) => set({ purposeEn: e.currentTarget.value })}
        />
        <Textarea
          label={t('ambassadors:editor.expectationsIt')}
          autosize
          minRows={2}
          value={form.expectationsIt}
          onChange={(e) => set({ expectationsIt: e.currentTarget.value })}
        />
        <Textarea
          label={t('ambassadors:editor.expectationsEn')}
          autosize
          minRows={2}
          value={form.expectationsEn}
          onChange={(e) => set({ expectationsEn: e.currentTarget.value })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <NumberInput
          label={t('ambassadors:editor.seats')}
          min={1}
          max={10000}
          allowDecimal={false}
          value={form.seats}
          onChange={(v) => set({ seats: v })}
        />
        <NumberInput
          label={t('ambassadors:editor.termMonths')}
          min={1}
          max={36}
          allowDecimal={false}
          value={form.termMonths}
          onChange={(v) => set({ termMonths: v })}
        />
        <NumberInput
          label={t('ambassadors:editor.valanga')}
          min={1}
          max={100}
          allowDecimal={false}
          suffix=" %"
          value={form.valangaPercent}
          onChange={(v) => set({ valangaPercent: v })}
        />
        {isNew && (
          <TextInput
            type="date"
            label={t('ambassadors:editor.firstTerm')}
            value={form.firstTermStartsOn}
            onChange={(e) => set({ firstTermStartsOn: e.currentTarget.value })}
          />
        )}
      </SimpleGrid>
      <Switch label={t('ambassadors:editor.open')} checked={form.open} onChange={(e) => set({ open: e.currentTarget.checked })} />
      <Card withBorder padding="md" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('ambassadors:editor.eligibility')}
        </Title>
        <Stack gap="sm">
          <NumberInput
            label={t('ambassadors:editor.minTenure')}
            min={0}
            max={600}
            allowDecimal={false}
            value={form.minTenureMonths}
            onChange={(v) => set({ minTenureMonths: v })}
          />
          <TagsInput
            label={t('ambassadors:editor.departments')}
            description={t('ambassadors:editor.anyHint')}
            value={form.departments}
            onChange={(departments) => set({ departments })}
          />
          <TagsInput
            label={t('ambassadors:editor.sites')}
            description={t('ambassadors:editor.anyHint')}
            value={form.sites}
            onChange={(sites) => set({ sites })}
          />
          <TagsInput
            label={t('ambassadors:editor.jobFamilies')}
            description={t('ambassadors:editor.anyHint')}
            value={form.jobFamilies}
            onChange={(jobFamilies) => set({ jobFamilies })}
          />
          <Checkbox.Group
            label={t('ambassadors:editor.languages')}
            value={form.languages}
            onChange={(languages) => set({ languages })}
          >
            <Group gap="md" mt={4}>
              <Checkbox value="it" label={t('ambassadors:editor.langIt')} />
              <Checkbox value="en" label={t('ambassadors:editor.langEn')} />
            </Group>
          </Checkbox.Group>
        </Stack>
      </Card>
    </Stack>
  );
}
