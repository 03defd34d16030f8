import {
  Autocomplete,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PopulationKind } from '../../../server/modules/training/schema';
import { api } from '../../lib/api';
import { newProposition, type PropositionForm } from './form';
import { populationKinds, populationLabel } from './labels';

type Facets = { departments: string[]; sites: string[]; jobFamilies: string[] };

/** One value proposition per target population (seed 000): who, what they gain, the problem it solves, what after. */
export function PropositionsEditor({
  value,
  onChange,
  errorOf,
}: {
  value: PropositionForm[];
  onChange: (v: PropositionForm[]) => void;
  errorOf: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const facets = useQuery({
    queryKey: ['people-facets'],
    queryFn: () => api.get<Facets>('/api/people/facets'),
    staleTime: 300_000,
    retry: false,
  });
  const set = (i: number, patch: Partial<PropositionForm>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const suggestions = (kind: PopulationKind) =>
    kind === 'department'
      ? facets.data?.departments
      : kind === 'site'
        ? facets.data?.sites
        : kind === 'job_family'
          ? facets.data?.jobFamilies
          : undefined;
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {t('training:vp.intro')}
      </Text>
      {value.map((p, i) => (
        <Fieldset key={p.key} legend={t('training:vp.legend', { n: i + 1 })} variant="filled">
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={t('training:vp.label')}
                description={t('training:vp.labelHint')}
                value={p.label}
                onChange={(e) => set(i, { label: e.currentTarget.value })}
                maxLength={120}
                required
                error={errorOf(`propositions.${i}.label`)}
              />
              <Select
                label={t('training:vp.kind')}
                data={populationKinds.map((k) => ({ value: k, label: populationLabel(t, k) }))}
                value={p.kind}
                onChange={(k) => k && set(i, { kind: k as PopulationKind })}
                allowDeselect={false}
              />
              {p.kind === 'new_hires' ? (
                <NumberInput
                  label={t('training:vp.days')}
                  value={p.value === '' ? '' : Number(p.value)}
                  onChange={(v) => set(i, { value: v === '' ? '' : String(v) })}
                  min={1}
                  max={3650}
                  placeholder="180"
                  error={errorOf(`propositions.${i}.value`)}
                />
              ) : p.kind !== 'everyone' && p.kind !== 'managers' ? (
                <Autocomplete
                  label={t('training:vp.value')}
                  data={suggestions(p.kind) ?? []}
                  value={p.value}
                  onChange={(v) => set(i, { value: v })}
                  maxLength={200}
                  error={errorOf(`propositions.${i}.value`)}
                />
              ) : null}
            </SimpleGrid>
            <Textarea
              label={t('training:vp.benefits')}
              description={t('training:vp.benefitsHint')}
              value={p.benefits}
              onChange={(e) => set(i, { benefits: e.currentTarget.value })}
              maxLength={1000}
              autosize
              minRows={2}
              required
              error={errorOf(`propositions.${i}.benefits`)}
            />
            <Textarea
              label={t('training:vp.problem')}
              description={t('training:vp.problemHint')}
              value={p.problem}
              onChange={(e) => set(i, { problem: e.currentTarget.value })}
              maxLength={1000}
              autosize
              minRows={2}
              required
              error={errorOf(`propositions.${i}.problem`)}
            />
            <Textarea
              label={t('training:vp.outcome')}
              description={t('training:vp.outcomeHint')}
              value={p.outcome}
              onChange={(e) => set(i, { outcome: e.currentTarget.value })}
              maxLength={1000}
              autosize
              minRows={2}
              required
              error={errorOf(`propositions.${i}.outcome`)}
            />
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red.9"
                c="red.9"
                size="compact-sm"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('training:vp.remove', { n: i + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...value, newProposition()])}
        >
          {t('training:vp.add')}
        </Button>
      </Group>
    </Stack>
  );
}
