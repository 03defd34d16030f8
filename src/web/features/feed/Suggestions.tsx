import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedPostT } from './api';

type Caption = FeedPostT['captions'][number];

/** The suggested captions for the chosen network (or for any network): a starting point, never the final word. */
export function Suggestions({
  captions,
  selected,
  onPick,
  onBlank,
}: {
  captions: Caption[];
  selected: string | null;
  onPick: (c: Caption) => void;
  onBlank: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('feed:share.suggestions')}
      </Title>
      {captions.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('feed:share.noSuggestions')}
        </Text>
      )}
      {captions.map((c, i) => (
        <Paper key={c.id} withBorder p="sm" bg={selected === c.id ? 'blue.0' : undefined}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
          <Button
            mt="xs"
            size="xs"
            variant={selected === c.id ? 'filled' : 'light'}
            onClick={() => onPick(c)}
            aria-label={t('feed:share.fromSuggestionN', { n: i + 1 })}
          >
            {t('feed:share.fromSuggestion')}
          </Button>
        </Paper>
      ))}
      <Button variant="default" size="xs" onClick={onBlank} style={{ alignSelf: 'flex-start' }}>
        {t('feed:share.blank')}
      </Button>
    </Stack>
  );
}
