import { Group, Radio, Stack, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFacets } from './api';
import type { PostForm, SetField } from './form';
import { PeoplePicker } from './PeoplePicker';

/** Who the post is for (everyone, or departments and sites), its language, and when it runs. */
export function AudienceSection({ form, set, published }: { form: PostForm; set: SetField; published: boolean }) {
  const { t } = useTranslation();
  const facets = useFacets();
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
          <TagsInput
            label={t('content:audience.departments')}
            data={facets.data?.departments ?? []}
            value={form.departments}
            onChange={(v) => set('departments', v)}
          />
          <TagsInput
            label={t('content:audience.sites')}
            data={facets.data?.sites ?? []}
            value={form.sites}
            onChange={(v) => set('sites', v)}
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
        value={form.language}
        onChange={(v) => set('language', v as PostForm['language'])}
      >
        <Group gap="md" mt={4}>
          <Radio value="all" label={t('content:language.all')} />
          <Radio value="it" label={t('content:language.it')} />
          <Radio value="en" label={t('content:language.en')} />
        </Group>
      </Radio.Group>
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
