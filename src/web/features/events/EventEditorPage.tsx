import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useEvent, useSaveEvent } from './api';
import { EventEditor } from './EventEditor';

/** Create (no id) or edit an event. */
export function EventEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const existing = useEvent(id ?? '');
  const save = useSaveEvent(id);
  const editor = (
    <EventEditor
      event={id ? existing.data : undefined}
      saving={save.isPending}
      error={save.error}
      onSave={(v) => save.mutate(v, { onSuccess: (e) => navigate(`/events/${e.id}`) })}
    />
  );
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{id ? t('events:manage.editTitle') : t('events:manage.newTitle')}</Title>
      {id && existing.isLoading && <Loading />}
      <ErrorAlert error={id ? existing.error : null} />
      {(!id || existing.data) && editor}
    </Stack>
  );
}
