import { Group, MultiSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AudienceSize } from './AudienceSize';
import { useFacets } from './api';
import type { PostForm, SetField } from './form';
import { PeoplePicker } from './PeoplePicker';

/**
 * Who the post is for (everyone, or departments, sites and named people), the language its readers read, when it
 * runs, and how many people that reaches now. Departments and sites are picked from the directory's own values (free
 * text matched exactly reached nobody as soon as it was spelt differently); a value no longer in the directory stays
 * visible, marked, so the editor can remove it.
 */
export function AudienceSection({ form, set, published }: { form: PostForm; set: SetField; published: boolean }) {
  const { t } = useTranslation();
  const facets = useFacets();
  const options = (known: string[] | undefined, chosen: string[]) => [
    ...(known ?? []),
    ...chosen.filter((v) => !known?.includes(v)).map((v) => ({ value: v, label: t('content:audience.gone', { value: v }) })),
  ];
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('content:audience.label')}
        value={form.targetAll ? 'all' : 'selected'}
        onChange={(v) => set('targetAll', v === 'all')}
      >
        <Stack gap={6} mt={4}>
          <Radio value="all" label={t('content:audience.everyone')} />
          <Radio value="selected" label={t('content:audience.selected')} />
        </Stack>
      </Radio.Group>
      {!form.targetAll && (
        <>
          <MultiSelect
            label={t('content:audience.departments')}
            description={t('content:audience.pickHint')}
            data={options(facets.data?.departments, form.departments)}
            value={form.departments}
            onChange={(v) => set('departments', v)}
            searchable
            nothingFoundMessage={t('content:audience.noMatch')}
          />
          <MultiSelect
            label={t('content:audience.sites')}
            data={options(facets.data?.sites, form.sites)}
            value={form.sites}
            onChange={(v) => set('sites', v)}
            searchable
            nothingFoundMessage={t('content:audience.noMatch')}
          />
          <PeoplePicker
            value={form.personIds}
            known={form.people}
            onChange={(ids, people) => {
              set('personIds', ids);
              set('people', people);
            }}
          />
        </>
      )}
      <Radio.Group
        label={t('content:language.label')}
        description={t('content:language.hint')}
        value={form.language}
        onChange={(v) => set('language', v as PostForm['language'])}
      >
        <Group gap="md" mt={4}>
          <Radio value="all" label={t('content:language.all')} />
          <Radio value="it" label={t('content:language.it')} />
          <Radio value="en" label={t('content:language.en')} />
        </Group>
      </Radio.Group>
      <AudienceSize form={form} />
      <TextInput
        type="datetime-local"
        label={t('content:schedule.publishAt')}
        description={t('content:schedule.publishHint')}
        disabled={published}
        value={form.publishAt}
        onChange={(e) => set('publishAt', e.currentTarget.value)}
      />
      <TextInput
        type="datetime-local"
        label={t('content:schedule.expireAt')}
        description={t('content:schedule.expireHint')}
        value={form.expireAt}
        onChange={(e) => set('expireAt', e.currentTarget.value)}
      />
    </Stack>
  );
}
