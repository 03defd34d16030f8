import { Alert, Button, Checkbox, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { type Colleague, useMyStories, useStory, useSubmitStory } from './api';
import { PhotoPicker } from './PhotoPicker';
import { TagPicker } from './TagPicker';
import type { UploadedPhoto } from './upload';

/** The phone-first story form: words, photos, an optional link, colleagues named, the consent box. Also edits a story sent back. */
export function SubmitStoryPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const existing = useStory(id);
  const mine = useMyStories();
  const submit = useSubmitStory();
  const [body, setBody] = useState('');
  const [locale, setLocale] = useState<'it' | 'en'>(i18n.language === 'en' ? 'en' : 'it');
  const [link, setLink] = useState('');
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [tags, setTags] = useState<Colleague[]>([]);
  const [consent, setConsent] = useState(false);
  const eventId = existing.data?.eventId ?? search.get('event');

  useEffect(() => {
    const s = existing.data;
    if (!s) return;
    setBody(s.body);
    setLocale(s.locale);
    setLink(s.link ?? '');
    setPhotos(s.photos);
    setTags(s.tags.filter((x) => !x.declined));
  }, [existing.data]);

  if ((id && existing.isLoading) || mine.isLoading) return <Loading />;
  if (mine.data && !mine.data.maySubmit && !id)
    return (
      <Stack maw={640} mx="auto">
        <Title order={2}>{t('stories:form.title')}</Title>
        <Alert color="gray">{t('stories:form.notAllowed')}</Alert>
      </Stack>
    );

  const send = () =>
    submit.mutate(
      {
        id,
        body: {
          body,
          locale,
          link: link.trim() || null,
          photoKeys: photos.map((p) => p.key),
          tagIds: tags.map((x) => x.id),
          eventId: eventId && /^[0-9a-f-]{36}$/.test(eventId) ? eventId : null,
          consent: true,
        },
      },
      { onSuccess: () => navigate('/stories?sent=1') },
    );

  return (
    <Stack maw={640} mx="auto" gap="md">
      <Title order={2}>{t(id ? 'stories:form.editTitle' : 'stories:form.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('stories:form.intro')}
      </Text>
      {existing.data?.moderatorNote && (
        <Alert color="#9c3d00" variant="outline" title={t('stories:state.changes_requested')}>
          {existing.data.moderatorNote}
        </Alert>
      )}
      <Textarea
        label={t('stories:form.body')}
        required
        autosize
        minRows={4}
        maxLength={5000}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <div>
        <Text size="sm" fw={500} mb={4} id="story-language">
          {t('stories:form.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="story-language"
          value={locale}
          onChange={(v) => setLocale(v === 'en' ? 'en' : 'it')}
          data={[
            { value: 'it', label: t('stories:form.it') },
            { value: 'en', label: t('stories:form.en') },
          ]}
        />
      </div>
      <PhotoPicker photos={photos} onChange={setPhotos} />
      <TextInput
        label={t('stories:form.link')}
        description={t('stories:form.linkHint')}
        type="url"
        inputMode="url"
        value={link}
        onChange={(e) => setLink(e.currentTarget.value)}
      />
      <TagPicker tags={tags} onChange={setTags} />
      <Checkbox label={t('stories:form.consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
      <ErrorAlert error={submit.error} />
      <Button size="md" onClick={send} loading={submit.isPending} disabled={!consent || body.trim().length === 0}>
        {t(id ? 'stories:form.resubmit' : 'stories:form.submit')}
      </Button>
    </Stack>
  );
}
