import { Alert, Badge, Grid, Group, Paper, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { AudienceSection } from './AudienceSection';
import { type PostT, usePost, usePostActions } from './api';
import { CaptionsEditor } from './CaptionsEditor';
import { type EditorAction, EditorActions } from './EditorActions';
import { bodyOf, formOf, type PostForm, type SetField } from './form';
import { LinkSection } from './LinkSection';
import { statusColor, statusLabel } from './labels';
import { PreviewCard } from './PreviewCard';

/** /content/new and /content/:id: the whole post on one page, the preview card beside it. */
export function PostEditorPage() {
  const { id } = useParams();
  const post = usePost(id);
  if (id && post.isLoading) return <Loading />;
  if (id && !post.data) return <ErrorAlert error={post.error} />;
  return <Editor key={post.data?.id ?? 'new'} post={post.data} />;
}

function Editor({ post }: { post?: PostT }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<PostForm>(() => formOf(post));
  const [busy, setBusy] = useState<EditorAction | null>(null);
  const { save, step } = usePostActions();
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const status = post?.status ?? null;
  const live = status === 'scheduled' || status === 'published';
  // A saved post comes back from the server: show its stored state. Not on mount, which would wipe early typing.
  const shown = useRef(post);
  useEffect(() => {
    if (post === shown.current) return;
    shown.current = post;
    setForm(formOf(post));
  }, [post]);

  const run = async (action: EditorAction, comment?: string) => {
    setBusy(action);
    try {
      let saved = post;
      if (action === 'save' || action === 'submit' || !saved) {
        // A published post keeps its publication time: do not send it back (the server refuses changes).
        const body = bodyOf(form);
        if (status === 'published') delete body.publishAt;
        saved = await save.mutateAsync({ id: post?.id, body });
      }
      if (action !== 'save') saved = await step.mutateAsync({ id: saved.id, action, comment });
      notifications.show({
        color: 'green',
        message: t('content:saved', { status: statusLabel(t, saved.status) }),
      });
      if (!post) navigate(`/content/${saved.id}`, { replace: true });
    } catch {
      // The error is shown by ErrorAlert below.
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{post ? t('content:editor.editTitle') : t('content:editor.newTitle')}</Title>
        {status && (
          <Badge color={statusColor[status]} size="lg">
            {statusLabel(t, status)}
          </Badge>
        )}
      </Group>
      {post?.reviewComment && status === 'draft' && (
        <Alert color="orange" title={t('content:review.returned')}>
          {post.reviewComment}
        </Alert>
      )}
      <ErrorAlert error={save.error ?? step.error} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="sec-post">
              <Title order={3} size="h4" id="sec-post" mb="sm">
                {t('content:editor.post')}
              </Title>
              <Stack gap="sm">
                <TextInput
                  label={t('content:fields.title')}
                  value={form.title}
                  onChange={(e) => set('title', e.currentTarget.value)}
                />
                <Textarea
                  label={t('content:fields.body')}
                  autosize
                  minRows={3}
                  value={form.body}
                  onChange={(e) => set('body', e.currentTarget.value)}
                />
                <LinkSection form={form} set={set} locked={live} />
                <TagsInput label={t('content:fields.topics')} value={form.topics} onChange={(v) => set('topics', v)} />
              </Stack>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="sec-captions">
              <Title order={3} size="h4" id="sec-captions" mb="sm">
                {t('content:editor.captions')}
              </Title>
              <CaptionsEditor captions={form.captions} onChange={(c) => set('captions', c)} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="sec-audience">
              <Title order={3} size="h4" id="sec-audience" mb="sm">
                {t('content:editor.audience')}
              </Title>
              <AudienceSection form={form} set={set} published={status === 'published'} />
            </Paper>
            <EditorActions status={status} createdBy={post?.createdBy ?? null} busy={busy} onAction={(a, c) => void run(a, c)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="xs" pos="sticky" top={72}>
            <Title order={3} size="h4">
              {t('content:editor.preview')}
            </Title>
            <PreviewCard form={form} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
