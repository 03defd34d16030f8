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

type Props = {
  form: PersonForm;
  selfId?: string;
  onChange: (patch: Partial<PersonForm>) => void;
  /** The message under each field after a refused save (by request path: managerId, hireDate…). */
  errorOf?: (path: string) => string | undefined;
};

/** The person's details; department and site suggest the values already in use so spellings stay consistent. */
export function PersonFields({ form, selfId, onChange, errorOf = () => undefined }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const facets = useFacets();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('people:form.name')}
        required
        maxLength={200}
        error={errorOf('name')}
        value={form.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        autoComplete="off"
      />
      <TextInput
        label={t('people:form.email')}
        type="email"
        required
        maxLength={320}
        error={errorOf('email')}
        value={form.email}
        onChange={(e) => onChange({ email: e.currentTarget.value })}
        autoComplete="off"
      />
      <Autocomplete
        label={t('people:form.department')}
        data={facets.data?.departments ?? []}
        maxLength={200}
        error={errorOf('department')}
        value={form.department}
        onChange={(v) => onChange({ department: v })}
      />
      <Autocomplete
        label={t('people:form.site')}
        data={facets.data?.sites ?? []}
        maxLength={200}
        error={errorOf('site')}
        value={form.site}
        onChange={(v) => onChange({ site: v })}
      />
      <TextInput
        label={t('people:form.jobTitle')}
        maxLength={200}
        error={errorOf('jobTitle')}
        value={form.jobTitle}
        onChange={(e) => onChange({ jobTitle: e.currentTarget.value })}
      />
      <Autocomplete
        label={t('people:form.jobFamily')}
        description={t('people:form.jobFamilyHint')}
        data={facets.data?.jobFamilies ?? []}
        maxLength={200}
        error={errorOf('jobFamily')}
        value={form.jobFamily}
        onChange={(v) => onChange({ jobFamily: v })}
      />
      <ManagerSelect
        value={form.manager}
        selfId={selfId}
        error={errorOf('managerId')}
        onChange={(manager) => onChange({ manager })}
      />
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
      <MultiSelect
        label={t('people:form.contentLanguages')}
        description={t('people:form.contentLanguagesHint')}
        placeholder={form.contentLanguages.length ? undefined : labels.language(form.locale)}
        data={[
          { value: 'it', label: labels.language('it') },
          { value: 'en', label: labels.language('en') },
        ]}
        error={errorOf('contentLanguages')}
        value={form.contentLanguages}
        onChange={(v) => onChange({ contentLanguages: v.filter((l): l is 'it' | 'en' => l === 'it' || l === 'en') })}
      />
      <DateInput
        label={t('people:form.hireDate')}
        description={t('people:form.hireDateHint')}
        locale={i18n.language}
        valueFormat="DD/MM/YYYY"
        clearable
        clearButtonProps={{ 'aria-label': t('people:form.clearHireDate') }}
        error={errorOf('hireDate')}
        value={form.hireDate}
        onChange={(v) => onChange({ hireDate: v })}
      />
      <MultiSelect
        label={t('people:form.roles')}
        description={t('people:form.rolesHint')}
        data={ROLES.map((r) => ({ value: r, label: labels.role(r) }))}
        error={errorOf('roles')}
        value={form.roles}
        onChange={(v) => onChange({ roles: v as PersonForm['roles'] })}
      />
    </SimpleGrid>
  );
}
