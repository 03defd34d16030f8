import { Alert, Anchor, Badge, Grid, Group, Paper, Stack, TagsInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ApiError } from '../../lib/api';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { AudienceSection } from './AudienceSection';
import { type PostT, usePost, usePostActions } from './api';
import { CaptionsEditor } from './CaptionsEditor';
import { type EditorAction, EditorActions } from './EditorActions';
import { bodyOf, formOf, type PostForm, type SetField } from './form';
import { LinkSection } from './LinkSection';
import { statusColor, statusLabel } from './labels';
import { NoAudienceModal } from './NoAudienceModal';
import { PreviewCard } from './PreviewCard';
import { TextsSection } from './TextsSection';
import { textError, textFields } from './text-errors';

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

  const fe = useFieldErrors(save.error ?? step.error, { fields: textFields });
  // A step refused because the post reaches nobody: asked in a dialog, then tried again with the confirmation.
  const [unreached, setUnreached] = useState<EditorAction | null>(null);
  // A new post is created by its first save even when the step after it is refused (no audience): later tries on
  // this page update that draft instead of creating another one.
  const created = useRef<string | undefined>(undefined);

  const run = async (action: EditorAction, comment?: string, confirmNoAudience = false) => {
    setBusy(action);
    try {
      let saved = post;
      if (action === 'save' || action === 'submit' || !saved) {
        // A published post keeps its publication time: do not send it back (the server refuses changes).
        const body = bodyOf(form);
        if (status === 'published') delete body.publishAt;
        saved = await save.mutateAsync({ id: post?.id ?? created.current, body });
        if (!post) created.current = saved.id;
      }
      if (action !== 'save') saved = await step.mutateAsync({ id: saved.id, action, comment, confirmNoAudience });
      // An archive has its own notice, with the undo button (api.ts).
      if (action !== 'archive')
        notifications.show({
          color: 'green',
          message: t('content:saved', { status: statusLabel(t, saved.status) }),
        });
      if (!post) navigate(`/content/${saved.id}`, { replace: true });
    } catch (err) {
      // content.no_audience becomes a question; any other error is shown by FormErrorAlert below.
      if (err instanceof ApiError && err.code === 'content.no_audience') setUnreached(action);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{post ? t('content:editor.editTitle') : t('content:editor.newTitle')}</Title>
        <Group gap="sm">
          {post && status !== 'draft' && status !== 'in_review' && (
            <Anchor component={Link} to={`/content/${post.id}/stats`} size="sm">
              {t('content:stats.link')}
            </Anchor>
          )}
          {status && (
            <Badge color={statusColor[status]} size="lg">
              {statusLabel(t, status)}
            </Badge>
          )}
        </Group>
      </Group>
      {post?.reviewComment && status === 'draft' && (
        <Alert color="orange" title={t('content:review.returned')}>
          {post.reviewComment}
        </Alert>
      )}
      {!(step.error instanceof ApiError && step.error.code === 'content.no_audience') && <FormErrorAlert errors={fe} />}
      <NoAudienceModal
        opened={unreached !== null}
        onCancel={() => setUnreached(null)}
        onConfirm={() => {
          const action = unreached;
          setUnreached(null);
          if (action) void run(action, undefined, true);
        }}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="sec-post">
              <Title order={3} size="h4" id="sec-post" mb="sm">
                {t('content:editor.post')}
              </Title>
              <Stack gap="sm">
                <TextsSection
                  form={form}
                  set={set}
                  errors={(p) => {
                    const e = fe.error(p);
                    return e && (textError(save.error, p) ?? e);
                  }}
                  edited={fe.edited}
                />
                <LinkSection form={form} set={set} locked={live} errors={fe.error} edited={fe.edited} />
                <TagsInput
                  label={t('content:fields.topics')}
                  value={form.topics}
                  onChange={(v) => set('topics', v)}
                  maxTags={20}
                  maxLength={60}
                  error={fe.error('topics')}
                />
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
            <EditorActions
              status={status}
              createdBy={post?.createdBy ?? null}
              busy={busy}
              onAction={(a, c) => void run(a, c)}
              restorable={!!post?.restorableUntil && Date.parse(post.restorableUntil) > Date.now()}
            />
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
