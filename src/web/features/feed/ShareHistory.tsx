import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { ImpactT } from './api';
import { networkIcon, networkName } from './networks';
import { PostedQuestion } from './PostedQuestion';

const ASK_MS = 7 * 86_400_000;

/** What the person said about a share, as a short label (the sentences shown right after answering are too long). */
const answerBadge: Partial<Record<ImpactT['shares'][number]['status'], string>> = {
  confirmed: 'feed:posted.badgePosted',
  not_yet: 'feed:posted.badgeLater',
  cancelled: 'feed:posted.badgeCancelled',
};

/** My shares as cards (readable at phone width): post, network, date, clicks, the text I wrote and whether I posted it. */
export function ShareHistory({ shares }: { shares: ImpactT['shares'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('feed:impact.history')}
      </Title>
      {shares.map((s) => (
        <Paper key={s.id} withBorder p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <div>
              <Text fw={600} size="sm">
                {s.postTitle}
              </Text>
              <Group gap={6} c="gray.7">
                {networkIcon(s.network)}
                <Text size="xs">
                  {s.network === 'copy' ? t('feed:card.copied') : networkName(t, s.network)} · {fmt.dateTime(s.createdAt)}
                </Text>
              </Group>
            </div>
            <Text size="sm" fw={700} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('feed:impact.clickCount', { count: s.clicks, n: fmt.number(s.clicks) })}
            </Text>
          </Group>
          <Text size="sm" mt={6} lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {s.text}
          </Text>
          <Group gap={6} mt={6}>
            {s.personalised && (
              <Badge size="sm" variant="filled" color="teal.9">
                {t('feed:impact.ownWords')}
              </Badge>
            )}
            {answerBadge[s.status] && (
              <Badge size="sm" variant="outline" color={s.status === 'confirmed' ? 'teal.9' : 'gray.7'}>
                {t(answerBadge[s.status] ?? '')}
              </Badge>
            )}
          </Group>
          {/* Not answered yet (or "not yet") this week: the question stays here until it is (as on the feed). */}
          {(s.status === 'started' || s.status === 'not_yet') && Date.now() - Date.parse(s.createdAt) < ASK_MS && (
            <Stack mt="xs">
              <PostedQuestion shareId={s.id} question={t('feed:posted.short')} />
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
