import { Fieldset, SimpleGrid, Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PostForm, type PostLanguage, postLanguages, type SetField, setText } from './form';

/** The field message for a path of one language version (`texts.en.title`), if the last save put one there. */
export type TextErrors = (path: string) => string | undefined;

/**
 * The post's words in Italian and in English, side by side (tabs on a phone): readers get their content language and
 * fall back to the other, so a version may stay empty. Limits are the server's (content/contract.ts).
 */
export function TextsSection({
  form,
  set,
  errors,
  edited,
}: {
  form: PostForm;
  set: SetField;
  errors: TextErrors;
  edited: (path: string) => void;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [tab, setTab] = useState<PostLanguage>('it');
  const legend = (l: PostLanguage) => (l === 'it' ? t('content:texts.it') : t('content:texts.en'));
  const version = (l: PostLanguage) => {
    const v = form.texts[l];
    const field = (name: keyof typeof v) => ({
      value: v[name],
      error: errors(`texts.${l}.${name}`),
      lang: l,
      onChange: (e: { currentTarget: { value: string } }) => {
        edited(`texts.${l}.${name}`);
        setText(set, form, l, { [name]: e.currentTarget.value });
      },
    });
    return (
      <Fieldset key={l} legend={legend(l)} variant="filled">
        <Stack gap="sm">
          <TextInput label={t('content:fields.title')} maxLength={200} {...field('title')} />
          <Textarea label={t('content:fields.body')} autosize minRows={3} maxLength={20000} {...field('body')} />
          <TextInput label={t('content:preview.title')} maxLength={300} {...field('previewTitle')} />
          <Textarea
            label={t('content:preview.description')}
            autosize
            minRows={2}
            maxLength={1000}
            {...field('previewDescription')}
          />
        </Stack>
      </Fieldset>
    );
  };
  const wrong = (l: PostLanguage) =>
    (['title', 'body', 'previewTitle', 'previewDescription'] as const).some((n) => !!errors(`texts.${l}.${n}`));
  const firstWrong = postLanguages.find(wrong);
  // On a phone the version with a problem may be the hidden tab: show it.
  useEffect(() => {
    if (firstWrong) setTab(firstWrong);
  }, [firstWrong]);
  if (wide) return <SimpleGrid cols={2}>{postLanguages.map(version)}</SimpleGrid>;
  return (
    <Tabs value={tab} onChange={(v) => setTab(v === 'en' ? 'en' : 'it')} keepMounted>
      <Tabs.List grow>
        {postLanguages.map((l) => (
          <Tabs.Tab key={l} value={l}>
            {legend(l)}
            {wrong(l) ? ` · ${t('content:texts.toFix')}` : ''}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {postLanguages.map((l) => (
        <Tabs.Panel key={l} value={l} pt="sm">
          {version(l)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
