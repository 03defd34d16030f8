import { Alert, Button, Code, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSuggestionActions } from './api';
import { newSecret, rememberSuggestion } from './device';
import { type Category, categories, categoryLabel } from './labels';

/**
 * A new suggestion, named or anonymous. Anonymous: the browser makes a secret, the server keeps only its hash; the
 * secret is shown once as a recovery code, the only way to follow the thread from another device.
 */
export function NewSuggestionForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const { create } = useSuggestionActions();
  const [category, setCategory] = useState<Category>('workplace');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [code, setCode] = useState<string | null>(null);
  if (code)
    return (
      <Alert color="teal" icon={<IconKey size={18} aria-hidden />}>
        <Stack gap="xs">
          <Text fw={700}>{t('suggestions:new.sentAnonymous')}</Text>
          <Text size="sm">{t('suggestions:new.recoveryIntro')}</Text>
          <Code block aria-label={t('suggestions:new.recoveryLabel')} style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {code}
          </Code>
          <Button onClick={onSent} style={{ alignSelf: 'flex-start' }}>
            {t('suggestions:new.recoveryDone')}
          </Button>
        </Stack>
      </Alert>
    );
  const send = () => {
    const secret = anonymous ? newSecret() : undefined;
    create.mutate(
      { category, title, body, anonymous, secret },
      {
        onSuccess: ({ id }) => {
          rememberSuggestion({ id, title, secret: secret ?? null });
          if (secret) setCode(secret);
          else onSent();
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Select
        label={t('suggestions:new.category')}
        data={categories.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
        value={category}
        allowDeselect={false}
        onChange={(v) => v && setCategory(v as Category)}
      />
      <TextInput
        label={t('suggestions:new.title')}
        value={title}
        maxLength={140}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <Textarea
        label={t('suggestions:new.body')}
        autosize
        minRows={4}
        maxLength={4000}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <Switch
        label={t('suggestions:new.anonymous')}
        checked={anonymous}
        onChange={(e) => setAnonymous(e.currentTarget.checked)}
      />
      <Text size="sm" c="gray.7">
        {t(anonymous ? 'suggestions:new.anonymousHelp' : 'suggestions:new.namedHelp')}
      </Text>
      <ErrorAlert error={create.error} />
      <Button onClick={send} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('suggestions:new.send')}
      </Button>
    </Stack>
  );
}
