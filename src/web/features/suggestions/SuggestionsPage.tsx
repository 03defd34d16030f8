import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useSuggestionActions, useSuggestions } from './api';
import { mySuggestions, rememberSuggestion } from './device';
import { NewSuggestionForm } from './NewSuggestionForm';
import { SuggestionCard } from './SuggestionCard';

/** The suggestion box: send one, follow mine (from this device or a recovery code), upvote colleagues'. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const list = useSuggestions(undefined, 'recent');
  const mine = new Set(mySuggestions().map((s) => s.id));
  const items = list.data?.items ?? [];
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('suggestions:title')}</Title>
        {!writing && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setWriting(true)}>
            {t('suggestions:new.open')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        {t('suggestions:intro')}
      </Text>
      {writing && (
        <Card withBorder padding="md">
          <NewSuggestionForm onSent={() => setWriting(false)} />
        </Card>
      )}
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {items.some((s) => mine.has(s.id)) && (
        <Stack gap="xs" component="section" aria-labelledby="my-suggestions">
          <Title order={3} size="h4" id="my-suggestions">
            {t('suggestions:mine')}
          </Title>
          {items
            .filter((s) => mine.has(s.id))
            .map((s) => (
              <SuggestionCard key={s.id} s={s} to={`/suggestions/${s.id}`} />
            ))}
        </Stack>
      )}
      <Recover />
      <Stack gap="xs" component="section" aria-labelledby="all-suggestions">
        <Title order={3} size="h4" id="all-suggestions">
          {t('suggestions:all')}
        </Title>
        {list.data && items.length === 0 && (
          <EmptyState icon={<IconBulb size={24} aria-hidden />} title={t('suggestions:empty')} />
        )}
        {items
          .filter((s) => !mine.has(s.id))
          .map((s) => (
            <SuggestionCard key={s.id} s={s} voting />
          ))}
      </Stack>
    </Stack>
  );
}

/** Another device, or a cleared browser: the recovery code opens the thread again and keeps it here. */
function Recover() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { recover } = useSuggestionActions();
  const [code, setCode] = useState('');
  const open = () =>
    recover.mutate(code.trim(), {
      onSuccess: (thread) => {
        rememberSuggestion({ id: thread.suggestion.id, title: thread.suggestion.title, secret: code.trim() });
        navigate(`/suggestions/${thread.suggestion.id}`);
      },
    });
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <TextInput
          label={t('suggestions:recover.label')}
          description={t('suggestions:recover.help')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <ErrorAlert error={recover.error} />
        <Button variant="default" onClick={open} disabled={code.trim().length === 0} style={{ alignSelf: 'flex-start' }}>
          {t('suggestions:recover.open')}
        </Button>
      </Stack>
    </Card>
  );
}
