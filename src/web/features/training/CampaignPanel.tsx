import { Alert, Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail, IconPrinter, IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { type ManagedTrainingT, useCampaign, useManageActions, usePoster } from './api';
import { ChannelTable } from './ChannelTable';

const mailingKeys = {
  queued: 'training:campaign.mailing.queued',
  running: 'training:campaign.mailing.running',
  done: 'training:campaign.mailing.done',
  failed: 'training:campaign.mailing.failed',
} as const;

/** The campaign: each channel's figures, the e-mail to eligible people, the A4 poster, the advocacy post. */
export function CampaignPanel({ training: d }: { training: ManagedTrainingT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const campaign = useCampaign(d.id);
  const actions = useManageActions();
  const poster = usePoster(d.id);
  const learners = d.propositions.filter((p) => p.kind !== 'managers');
  const [propositionId, setPropositionId] = useState<string | null>(learners[0]?.id ?? null);
  const [place, setPlace] = useState('');
  if (campaign.isLoading) return <Loading />;
  if (!campaign.data) return <ErrorAlert error={campaign.error} />;
  const c = campaign.data;
  const live = d.status === 'published';
  return (
    <Stack gap="md">
      {!live && <Alert color="gray">{t('training:campaign.publishFirst')}</Alert>}
      <ChannelTable rows={c.channels} title={t('training:campaign.channels')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md" component="section" aria-labelledby="poster-title">
          <Stack gap="sm">
            <Group gap={6}>
              <IconPrinter size={18} aria-hidden />
              <Title order={3} size="h5" id="poster-title">
                {t('training:campaign.poster.title')}
              </Title>
            </Group>
            <Text size="sm" c="gray.7">
              {t('training:campaign.poster.hint')}
            </Text>
            <Select
              label={t('training:campaign.poster.population')}
              data={learners.map((p) => ({ value: p.id, label: p.label }))}
              value={propositionId}
              onChange={setPropositionId}
              clearable
            />
            <TextInput
              label={t('training:campaign.poster.place')}
              placeholder={t('training:campaign.poster.placeExample')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              maxLength={120}
            />
            <ErrorAlert error={poster.error} />
            <Button
              disabled={!live}
              loading={poster.isPending}
              onClick={() => poster.mutate({ propositionId: propositionId ?? undefined, place: place || undefined })}
            >
              {t('training:campaign.poster.print')}
            </Button>
            {c.posters.length > 0 && (
              <Text size="xs" c="gray.7">
                {t('training:campaign.poster.printed', { count: c.posters.length, last: fmt.dateTime(c.posters[0].at) })}
              </Text>
            )}
            {c.links.poster && (
              <Text size="xs" c="gray.7">
                {t('training:campaign.link')} {c.links.poster}
              </Text>
            )}
          </Stack>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="mail-title">
          <Stack gap="sm">
            <Group gap={6}>
              <IconMail size={18} aria-hidden />
              <Title order={3} size="h5" id="mail-title">
                {t('training:campaign.mail.title')}
              </Title>
            </Group>
            <Text size="sm" c="gray.7">
              {t('training:campaign.mail.hint')}
            </Text>
            <ErrorAlert error={actions.mailing.error} />
            <Button
              disabled={!live}
              loading={actions.mailing.isPending}
              onClick={() =>
                actions.mailing.mutate(d.id, {
                  onSuccess: () => notifications.show({ color: 'green', message: t('training:campaign.mail.started') }),
                })
              }
            >
              {t('training:campaign.mail.send')}
            </Button>
            {c.mailings.map((m) => (
              <Text key={m.id} size="xs" c={m.status === 'failed' ? 'red.9' : 'gray.7'}>
                {fmt.dateTime(m.at)} · {t(mailingKeys[m.status], { count: m.sent })}
              </Text>
            ))}
          </Stack>
        </Card>
      </SimpleGrid>
      <Card withBorder padding="md" component="section" aria-labelledby="advocacy-title">
        <Stack gap="sm">
          <Group gap={6}>
            <IconSpeakerphone size={18} aria-hidden />
            <Title order={3} size="h5" id="advocacy-title">
              {t('training:campaign.advocacy.title')}
            </Title>
          </Group>
          {!c.publicFacing ? (
            <Text size="sm" c="gray.7">
              {t('training:campaign.advocacy.notPublic')}
            </Text>
          ) : c.advocacyPostId ? (
            <Text size="sm">
              {t('training:campaign.advocacy.ready')}{' '}
              <Anchor component={Link} to={`/content/${c.advocacyPostId}`}>
                {t('training:campaign.advocacy.open')}
              </Anchor>
            </Text>
          ) : (
            <>
              <Text size="sm" c="gray.7">
                {t('training:campaign.advocacy.hint')}
              </Text>
              <ErrorAlert error={actions.advocacy.error} />
              <Group>
                <Button variant="default" loading={actions.advocacy.isPending} onClick={() => actions.advocacy.mutate(d.id)}>
                  {t('training:campaign.advocacy.create')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
