import { Button, Group } from '@mantine/core';
import { IconBulb, IconConfetti, IconHeartHandshake, IconThumbUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type NewsItemT, type ReactionKind, useReaderActions } from './api';

// Icons rather than emoji: every phone draws them the same, with or without an emoji font.
const kinds: { kind: ReactionKind; icon: ReactNode; key: string }[] = [
  { kind: 'like', icon: <IconThumbUp size={16} aria-hidden />, key: 'news:reactions.like' },
  { kind: 'celebrate', icon: <IconConfetti size={16} aria-hidden />, key: 'news:reactions.celebrate' },
  { kind: 'insightful', icon: <IconBulb size={16} aria-hidden />, key: 'news:reactions.insightful' },
  { kind: 'support', icon: <IconHeartHandshake size={16} aria-hidden />, key: 'news:reactions.support' },
];

/** One tap to react, one more to take it back. */
export function Reactions({ item }: { item: NewsItemT }) {
  const { t } = useTranslation();
  const { react } = useReaderActions(item.id);
  return (
    <Group gap={6}>
      {kinds.map(({ kind, icon, key }) => {
        const on = item.myReactions.includes(kind);
        return (
          <Button
            key={kind}
            size="xs"
            variant={on ? 'light' : 'default'}
            aria-pressed={on}
            aria-label={t(key, { count: item.reactions[kind] ?? 0 })}
            onClick={() => react.mutate({ kind, on: !on })}
            leftSection={icon}
          >
            {item.reactions[kind] ?? 0}
          </Button>
        );
      })}
    </Group>
  );
}
