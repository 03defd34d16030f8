import { Alert, Anchor, Button, Group, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { api } from '../../lib/api';
import { RequirePermission } from '../../lib/RequirePermission';
import { type TemplateInputT, type TemplateT, useStepTargets, useTemplateActions, useTemplates } from './api';
import { type StepDraft, StepFields } from './StepFields';

/** Create or edit a journey template: its name, who it is for, and its steps in order. */
export function TemplateEditorPage() {
  return (
    <RequirePermission permission="onboarding.manage">
      <Loader />
    </RequirePermission>
  );
}

function Loader() {
  const { id } = useParams();
  const list = useTemplates();
  if (id && list.isLoading) return <Loading />;
  const found = list.data?.items.find((x) => x.id === id);
  if (id && !found) return <ErrorAlert error={list.error} />;
  return <Editor template={found} />;
}

const newStep = (): StepDraft => ({ offsetDays: 0, kind: 'task', titleIt: '', titleEn: '', refId: null });
const blank: TemplateInputT = {
  name: '',
  nameEn: '',
  departments: [],
  sites: [],
  locale: null,
  active: true,
  steps: [newStep()],
};
type Facets = { departments: string[]; sites: string[] };

function Editor({ template }: { template?: TemplateT }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const targets = useStepTargets();
  const facets = useQuery({
    queryKey: ['people', 'facets'],
    queryFn: () => api.get<Facets>('/api/people/facets'),
    staleTime: 300_000,
  });
  const { save } = useTemplateActions();
  const [v, setV] = useState<TemplateInputT>(template ? { ...template } : blank);
  const setStep = (i: number, s: StepDraft) => setV({ ...v, steps: v.steps.map((x, j) => (j === i ? s : x)) });
  const move = (i: number, by: -1 | 1) => {
    const steps = [...v.steps];
    [steps[i], steps[i + by]] = [steps[i + by], steps[i]];
    setV({ ...v, steps });
  };
  const options = (known: string[] | undefined, chosen: string[]) => [...new Set([...(known ?? []), ...chosen])];
  const submit = () => save.mutate({ id: template?.id, body: v }, { onSuccess: () => navigate('/onboarding/templates') });
  return (
    <Stack maw={820} mx="auto" gap="md">
      <Anchor component={Link} to="/onboarding/templates" size="sm">
        {t('onboarding:editor.back')}
      </Anchor>
      <Title order={2}>{t(template ? 'onboarding:editor.editTitle' : 'onboarding:editor.newTitle')}</Title>
      {template && template.journeys > 0 && (
        <Alert color="blue">{t('onboarding:editor.running', { count: template.journeys })}</Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('onboarding:editor.nameIt')}
          required
          value={v.name}
          onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
        />
        <TextInput
          label={t('onboarding:editor.nameEn')}
          value={v.nameEn}
          onChange={(e) => setV({ ...v, nameEn: e.currentTarget.value })}
        />
        <MultiSelect
          label={t('onboarding:editor.departments')}
          description={t('onboarding:editor.emptyMeansAll')}
          data={options(facets.data?.departments, v.departments)}
          value={v.departments}
          onChange={(departments) => setV({ ...v, departments })}
          searchable
        />
        <MultiSelect
          label={t('onboarding:editor.sites')}
          description={t('onboarding:editor.emptyMeansAll')}
          data={options(facets.data?.sites, v.sites)}
          value={v.sites}
          onChange={(sites) => setV({ ...v, sites })}
          searchable
        />
        <Select
          label={t('onboarding:editor.language')}
          data={[
            { value: 'any', label: t('onboarding:editor.anyLanguage') },
            { value: 'it', label: t('onboarding:templates.locale.it') },
            { value: 'en', label: t('onboarding:templates.locale.en') },
          ]}
          value={v.locale ?? 'any'}
          allowDeselect={false}
          onChange={(l) => setV({ ...v, locale: l === 'it' || l === 'en' ? l : null })}
        />
        <Switch
          label={t('onboarding:editor.active')}
          checked={v.active}
          onChange={(e) => setV({ ...v, active: e.currentTarget.checked })}
          mt="xl"
        />
      </SimpleGrid>
      <Title order={3} size="h4">
        {t('onboarding:editor.steps')}
      </Title>
      <ErrorAlert error={targets.error} />
      {v.steps.map((s, i) => (
        <StepFields
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id until saved; position is their identity here
          key={i}
          step={s}
          index={i}
          count={v.steps.length}
          targets={targets.data}
          onChange={(x) => setStep(i, x)}
          onMove={(by) => move(i, by)}
          onRemove={() => setV({ ...v, steps: v.steps.filter((_, j) => j !== i) })}
        />
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={v.steps.length >= 50}
          onClick={() => setV({ ...v, steps: [...v.steps, newStep()] })}
        >
          {t('onboarding:editor.addStep')}
        </Button>
      </Group>
      <ErrorAlert error={save.error} />
      <Button onClick={submit} loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('onboarding:editor.save')}
      </Button>
    </Stack>
  );
}
