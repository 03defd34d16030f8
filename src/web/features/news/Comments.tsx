import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { type NewsItemT, useReaderActions } from './api';

/** Comments under an internal post; the authors of news hide one with a reason (audited on the server). */
export function Comments({ item }: { item: NewsItemT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const moderator = hasPermission(me.data, 'news.write');
  const { comment, hide } = useReaderActions(item.id);
  const [body, setBody] = useState('');
  const [hiding, setHiding] = useState<{ id: string; reason: string } | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="comments-title">
      <Title order={3} size="h4" id="comments-title">
        {t('news:comments.title', { count: item.comments.length })}
      </Title>
      {item.comments.map((c) => (
        <Card key={c.id} withBorder padding="xs">
          <Text size="xs" c="gray.7">
            {c.authorName ?? t('news:comments.someone')} · {fmt.date(c.createdAt)}
          </Text>
          {c.hidden ? (
            <Text size="sm" fs="italic" c="gray.7">
              {t('news:comments.hidden', { reason: c.hiddenReason ?? '' })}
            </Text>
          ) : (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          )}
          {moderator && !c.hidden && hiding?.id !== c.id && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setHiding({ id: c.id, reason: '' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('news:comments.hide')}
            </Button>
          )}
          {hiding?.id === c.id && (
            <Stack gap={4} mt={4}>
              <Textarea
                label={t('news:comments.hideReason')}
                value={hiding.reason}
                onChange={(e) => setHiding({ id: c.id, reason: e.currentTarget.value })}
              />
              <Button
                size="xs"
                onClick={() => hide.mutate({ commentId: c.id, reason: hiding.reason }, { onSuccess: () => setHiding(null) })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('news:comments.confirmHide')}
              </Button>
            </Stack>
          )}
        </Card>
      ))}
      <ErrorAlert error={comment.error ?? hide.error} />
      <Textarea
        label={t('news:comments.write')}
        autosize
        minRows={2}
        maxLength={2000}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <Button
        size="sm"
        variant="default"
        disabled={!body.trim()}
        loading={comment.isPending}
        onClick={() => comment.mutate(body, { onSuccess: () => setBody('') })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('news:comments.send')}
      </Button>
    </Stack>
  );
}
