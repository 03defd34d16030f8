import { Alert, Button, Group, Image, Stack, Text, Title, Typography } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { MediaPlayer } from '../../lib/MediaPlayer';
import { useNewsItem, useReaderActions } from './api';
import { Comments } from './Comments';
import { kindLabel } from './labels';
import { Reactions } from './Reactions';

/** An internal post as its reader sees it; a must-read ends with "I have read and understood". */
export function NewsItemPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const item = useNewsItem(id);
  const { acknowledge } = useReaderActions(id);
  if (item.isLoading) return <Loading />;
  if (!item.data) return <ErrorAlert error={item.error} />;
  const p = item.data;
  return (
    <Stack maw={720} mx="auto" gap="md" component="article">
      <Text size="sm" c="gray.7">
        {kindLabel(t, p.kind)}
        {p.publishedAt ? ` · ${fmt.date(p.publishedAt)}` : ''}
        {p.authorName ? ` · ${p.authorName}` : ''}
      </Text>
      <Title order={2}>{p.title}</Title>
      {p.imageUrl && <Image src={p.imageUrl} alt="" radius="sm" />}
      {p.mediaUrl && <MediaPlayer src={p.mediaUrl} kind={p.mediaType} label={t('news:player', { title: p.title })} />}
      <Typography>
        {/* The server builds this HTML from Markdown and sanitises it. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server */}
        <div dangerouslySetInnerHTML={{ __html: p.html }} />
      </Typography>
      {p.mustRead &&
        (p.acknowledged || acknowledge.isSuccess ? (
          <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />}>
            {t('news:mustRead.acknowledged')}
          </Alert>
        ) : (
          <Stack gap="xs">
            {p.dueOn && <Text size="sm">{t('news:mustRead.due', { date: fmt.date(p.dueOn) })}</Text>}
            <ErrorAlert error={acknowledge.error} />
            <Group>
              <Button size="md" onClick={() => acknowledge.mutate()} loading={acknowledge.isPending}>
                {t('news:mustRead.acknowledge')}
              </Button>
            </Group>
          </Stack>
        ))}
      <Reactions item={p} />
      <Comments item={p} />
    </Stack>
  );
}
