import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { useSuggestionActions, useThread } from './api';
import { secretOf } from './device';
import { categoryLabel, statusColor, statusLabel } from './labels';
import { StatusForm } from './StatusForm';

/** A suggestion's thread: the author (by session or by secret) and HR write to each other; HR move its status. */
export function ThreadPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const secret = secretOf(id);
  const me = useMe();
  const thread = useThread(id, secret);
  const { reply } = useSuggestionActions();
  const [body, setBody] = useState('');
  if (thread.isLoading) return <Loading />;
  if (!thread.data) return <ErrorAlert error={thread.error} />;
  const { suggestion: s, messages } = thread.data;
  const staff = !secret && hasPermission(me.data, 'suggestions.manage');
  const send = () => reply.mutate({ id, secret, body }, { onSuccess: () => setBody('') });
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{s.title}</Title>
      <Group gap={6}>
        <Badge color={statusColor[s.status]}>{statusLabel(t, s.status)}</Badge>
        <Text size="sm" c="gray.7">
          {categoryLabel(t, s.category)} · {s.anonymous ? t('suggestions:anonymousAuthor') : s.authorName} ·{' '}
          {fmt.date(s.createdOn)}
        </Text>
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{s.body}</Text>
      {s.outcome && <Text>{t('suggestions:outcome', { text: s.outcome })}</Text>}
      {s.reason && <Text>{t('suggestions:reason', { text: s.reason })}</Text>}
      <Title order={3} size="h4">
        {t('suggestions:thread.title')}
      </Title>
      {messages.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('suggestions:thread.empty')}
        </Text>
      )}
      {messages.map((m) => (
        <Card
          key={m.seq}
          withBorder
          padding="sm"
          bg={m.side === 'staff' ? 'var(--mantine-color-blue-0)' : undefined}
          ml={m.side === 'staff' ? 0 : 'lg'}
        >
          <Text size="xs" c="gray.7">
            {t(m.side === 'staff' ? 'suggestions:thread.staff' : 'suggestions:thread.author')} · {fmt.date(m.on)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {m.body}
          </Text>
        </Card>
      ))}
      <Textarea
        label={t(staff ? 'suggestions:thread.replyStaff' : 'suggestions:thread.reply')}
        autosize
        minRows={3}
        maxLength={4000}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <ErrorAlert error={reply.error} />
      <Button onClick={send} loading={reply.isPending} disabled={!body.trim()} style={{ alignSelf: 'flex-start' }}>
        {t('suggestions:thread.send')}
      </Button>
      {staff && <StatusForm id={s.id} current={s.status} />}
    </Stack>
  );
}
