import { Button, Select, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { type NewsInputT, type NewsPostT, useAuthorActions, useNewsPost } from './api';
import { kindLabel, newsKinds } from './labels';
import { MediaFields } from './MediaFields';
import { TargetingFields } from './TargetingFields';

/** Write an internal post in both languages (Markdown); a must-read asks every reader to acknowledge it. */
export function NewsEditorPage() {
  return (
    <RequirePermission permission="news.write">
      <EditorLoader />
    </RequirePermission>
  );
}

function EditorLoader() {
  const { id } = useParams();
  const post = useNewsPost(id);
  if (id && post.isLoading) return <Loading />;
  if (id && !post.data) return <ErrorAlert error={post.error} />;
  return <Editor id={id} post={post.data} />;
}

const empty: NewsInputT = {
  kind: 'news',
  titleIt: '',
  titleEn: '',
  bodyIt: '',
  bodyEn: '',
  imageKey: null,
  mediaKey: null,
  mustRead: false,
  dueOn: null,
  targeting: { all: true, departments: [], sites: [], jobFamilies: [] },
};

function Editor({ id, post }: { id?: string; post?: NewsPostT }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { save } = useAuthorActions();
  const [v, setV] = useState<NewsInputT>(post ? { ...empty, ...post } : empty);
  const text = (k: 'titleIt' | 'titleEn' | 'bodyIt' | 'bodyEn') => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value }),
  });
  const submit = () => save.mutate({ id, body: v }, { onSuccess: () => navigate('/news/manage') });
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t(id ? 'news:editor.editTitle' : 'news:editor.newTitle')}</Title>
      <Select
        label={t('news:editor.kind')}
        data={newsKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
        value={v.kind}
        allowDeselect={false}
        onChange={(k) => k && setV({ ...v, kind: k as NewsInputT['kind'] })}
      />
      <TextInput label={t('news:editor.titleIt')} {...text('titleIt')} />
      <TextInput label={t('news:editor.titleEn')} {...text('titleEn')} />
      <Textarea
        label={t('news:editor.bodyIt')}
        description={t('news:editor.markdown')}
        autosize
        minRows={6}
        {...text('bodyIt')}
      />
      <Textarea label={t('news:editor.bodyEn')} autosize minRows={6} {...text('bodyEn')} />
      <MediaFields value={v} onChange={(m) => setV({ ...v, ...m })} />
      <Switch
        label={t('news:editor.mustRead')}
        description={t('news:editor.mustReadHelp')}
        checked={v.mustRead}
        onChange={(e) => setV({ ...v, mustRead: e.currentTarget.checked })}
      />
      {v.mustRead && (
        <TextInput
          type="date"
          label={t('news:editor.dueOn')}
          value={v.dueOn ?? ''}
          onChange={(e) => setV({ ...v, dueOn: e.currentTarget.value || null })}
        />
      )}
      <TargetingFields value={v.targeting} onChange={(targeting) => setV({ ...v, targeting })} />
      <ErrorAlert error={save.error} />
      <Button onClick={submit} loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('news:editor.save')}
      </Button>
    </Stack>
  );
}
