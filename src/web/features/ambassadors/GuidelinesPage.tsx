import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useAcceptGuidelines, useComment, useMyProgrammes } from './api';
import { Html } from './Html';
import { Notice } from './Notice';

/** The programme's current guidelines, to read and accept; and the draft open for comments, when there is one. */
export function GuidelinesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mine = useMyProgrammes();
  const accept = useAcceptGuidelines();
  const comment = useComment();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const p = mine.data?.items.find((x) => x.id === id);
  if (mine.isLoading) return <Loading />;
  const g = p?.guidelines;
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('ambassadors:guidelines.title', { name: p?.name ?? '' })}</Title>
      <ErrorAlert error={mine.error} />
      {!g && <Text>{t('ambassadors:guidelines.none')}</Text>}
      {g && (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Text fw={600}>{t('ambassadors:guidelines.version', { version: g.version })}</Text>
              {g.accepted && <Badge color="teal.9">{t('ambassadors:guidelines.accepted')}</Badge>}
            </Group>
            <Html html={g.html} />
            {!g.accepted && p?.member && (
              <>
                {g.mustAccept && (
                  <Notice color="orange" title={t('ambassadors:guidelines.mustAcceptTitle')}>
                    {t('ambassadors:guidelines.mustAccept')}
                  </Notice>
                )}
                <ErrorAlert error={accept.error} />
                <Button onClick={() => accept.mutate(g.versionId)} loading={accept.isPending} style={{ alignSelf: 'flex-start' }}>
                  {t('ambassadors:guidelines.accept', { version: g.version })}
                </Button>
              </>
            )}
            {g.accepted && (
              <Button component={Link} to={`/ambassadors/${id}`} variant="default" style={{ alignSelf: 'flex-start' }}>
                {t('ambassadors:guidelines.back')}
              </Button>
            )}
          </Stack>
        </Card>
      )}
      {p?.consultation && (
        <Card withBorder padding="md" component="section" aria-labelledby="consultation-title">
          <Stack gap="sm">
            <Title order={3} size="h4" id="consultation-title">
              {t('ambassadors:guidelines.consultationTitle')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('ambassadors:guidelines.consultationIntro')}
            </Text>
            <Html html={p.consultation.html} />
            <Textarea
              label={t('ambassadors:guidelines.comment')}
              autosize
              minRows={3}
              maxLength={2000}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            <ErrorAlert error={comment.error} />
            {sent && <Text size="sm">{t('ambassadors:guidelines.commentSent')}</Text>}
            <Button
              disabled={!body.trim()}
              loading={comment.isPending}
              style={{ alignSelf: 'flex-start' }}
              onClick={() =>
                p.consultation &&
                comment.mutate(
                  { versionId: p.consultation.versionId, body },
                  {
                    onSuccess: () => {
                      setBody('');
                      setSent(true);
                    },
                  },
                )
              }
            >
              {t('ambassadors:guidelines.sendComment')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
