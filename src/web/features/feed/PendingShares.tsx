import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { usePendingShares } from './answer-api';
import { networkName } from './networks';
import { PostedQuestion } from './PostedQuestion';

/**
 * At the top of the feed, for whoever comes back after opening LinkedIn or WhatsApp: the shares of the last days
 * they have not said they posted. Nothing when there are none.
 */
export function PendingShares() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = usePendingShares();
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pending-shares">
      <Title order={3} size="h5" id="pending-shares">
        {t('feed:posted.sectionTitle')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('feed:posted.sectionIntro')}
      </Text>
      <Stack gap="md">
        {items.map((s) => (
          <PostedQuestion
            key={s.id}
            shareId={s.id}
            question={t('feed:posted.about', {
              title: s.postTitle,
              network: s.network === 'copy' ? t('feed:posted.copiedLink') : networkName(t, s.network),
              date: fmt.dateTime(s.createdAt),
            })}
          />
        ))}
      </Stack>
    </Paper>
  );
}
