import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyProgrammes } from './api';
import { Notice } from './Notice';

/**
 * On the feed, above the posts to share: a member who must accept new guidelines (or whose sharing is suspended)
 * learns it here, before trying to share, with the link to where it is put right.
 */
export function AmbassadorFeedSection() {
  const { t } = useTranslation();
  const mine = useMyProgrammes();
  const items = mine.data?.items ?? [];
  return (
    <>
      {items.map((p) =>
        p.member?.status === 'suspended' ? (
          <Notice key={p.id} color="red" title={t('ambassadors:feed.suspendedTitle', { name: p.name })}>
            <Text size="sm">{t('ambassadors:card.suspended', { reason: p.member.suspendedReason ?? '' })}</Text>
          </Notice>
        ) : p.member && p.guidelines?.mustAccept ? (
          <Notice key={p.id} color="orange" title={t('ambassadors:feed.guidelinesTitle', { name: p.name })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('ambassadors:feed.guidelinesBody', { version: p.guidelines.version })}</Text>
              <Button component={Link} to={`/ambassadors/${p.id}/guidelines`} size="xs">
                {t('ambassadors:card.readGuidelines')}
              </Button>
            </Stack>
          </Notice>
        ) : null,
      )}
    </>
  );
}
