import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { type GuidelineStatusT, useGuidelines } from './api';
import { DraftEditor } from './DraftEditor';

const statusKeys: Record<GuidelineStatusT, string> = {
  draft: 'ambassadors:guidelinesEditor.status.draft',
  consultation: 'ambassadors:guidelinesEditor.status.consultation',
  published: 'ambassadors:guidelinesEditor.status.published',
};

/** The guidelines' versions: the draft being written (open to members' comments if comms wish), then the published ones. */
export function GuidelinesEditor({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useGuidelines(programmeId);
  if (list.isLoading) return <Loading />;
  const items = list.data?.items ?? [];
  const draft = items.find((v) => v.status !== 'published');
  const published = items.filter((v) => v.status === 'published');
  return (
    <Stack gap="md">
      <ErrorAlert error={list.error} />
      <DraftEditor programmeId={programmeId} draft={draft} latest={published[0]} />
      {draft && draft.comments.length > 0 && (
        <Card withBorder padding="md" component="section" aria-labelledby="comments-title">
          <Title order={3} size="h5" id="comments-title" mb="xs">
            {t('ambassadors:guidelinesEditor.comments', { count: draft.comments.length })}
          </Title>
          <Stack gap="xs">
            {draft.comments.map((c) => (
              <Text key={c.id} size="sm">
                <b>{c.author}</b> ({fmt.date(c.createdAt)}): {c.body}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      <Title order={3} size="h5">
        {t('ambassadors:guidelinesEditor.versions')}
      </Title>
      {published.length === 0 && <Text c="gray.7">{t('ambassadors:guidelinesEditor.noneYet')}</Text>}
      {published.map((v) => (
        <Card key={v.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap">
            <Group gap={6}>
              <Text fw={600}>{t('ambassadors:guidelines.version', { version: v.version ?? '' })}</Text>
              <Badge color="teal.9">{t(statusKeys[v.status])}</Badge>
            </Group>
            <Text size="sm" c="gray.7">
              {t('ambassadors:guidelinesEditor.publishedOn', {
                date: v.publishedAt ? fmt.date(v.publishedAt) : '',
                count: v.acceptances,
              })}
            </Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
