import { Autocomplete, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/it';
import { useTranslation } from 'react-i18next';
import { useFacets } from './api';
import type { PersonForm } from './form';
import { ROLES, useLabels } from './labels';
import { ManagerSelect } from './ManagerSelect';

// DateInput parses typed dates with valueFormat, which needs this plugin.
dayjs.extend(customParseFormat);

type Props = { form: PersonForm; selfId?: string; onChange: (patch: Partial<PersonForm>) => void };

/** The person's details; department and site suggest the values already in use so spellings stay consistent. */
export function PersonFields({ form, selfId, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const facets = useFacets();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('people:form.name')}
        required
        value={form.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        autoComplete="off"
      />
      <TextInput
        label={t('people:form.email')}
        type="email"
        required
        value={form.email}
        onChange={(e) => onChange({ email: e.currentTarget.value })}
        autoComplete="off"
      />
      <Autocomplete
        label={t('people:form.department')}
        data={facets.data?.departments ?? []}
        value={form.department}
        onChange={(v) => onChange({ department: v })}
      />
      <Autocomplete
        label={t('people:form.site')}
        data={facets.data?.sites ?? []}
        value={form.site}
        onChange={(v) => onChange({ site: v })}
      />
      <TextInput
        label={t('people:form.jobTitle')}
        value={form.jobTitle}
        onChange={(e) => onChange({ jobTitle: e.currentTarget.value })}
      />
      <ManagerSelect value={form.manager} selfId={selfId} onChange={(manager) => onChange({ manager })} />
      <Select
        label={t('people:form.language')}
        data={[
          { value: 'it', label: labels.language('it') },
          { value: 'en', label: labels.language('en') },
        ]}
        value={form.locale}
        onChange={(v) => onChange({ locale: v === 'en' ? 'en' : 'it' })}
        allowDeselect={false}
      />
      <DateInput
        label={t('people:form.hireDate')}
        description={t('people:form.hireDateHint')}
        locale={i18n.language}
        valueFormat="DD/MM/YYYY"
        clearable
        clearButtonProps={{ 'aria-label': t('people:form.clearHireDate') }}
        value={form.hireDate}
        onChange={(v) => onChange({ hireDate: v })}
      />
      <MultiSelect
        label={t('people:form.roles')}
        description={t('people:form.rolesHint')}
        data={ROLES.map((r) => ({ value: r, label: labels.role(r) }))}
        value={form.roles}
        onChange={(v) => onChange({ roles: v as PersonForm['roles'] })}
      />
    </SimpleGrid>
  );
}
