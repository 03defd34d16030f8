import { Alert, Anchor, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareResultT } from './api';
import { networkName, type ShareNetwork } from './networks';
import { answeredText, PostedQuestion } from './PostedQuestion';

/**
 * After the network's window opened: the tracked link, a way back to the network if the new tab was blocked, and the
 * question the person answers when they come back to this tab (did you post it?).
 */
export function ShareDone({ result, onAgain }: { result: ShareResultT & { network: ShareNetwork }; onAgain: () => void }) {
  const { t } = useTranslation();
  const name = networkName(t, result.network);
  const [answered, setAnswered] = useState<{ text: string | null; status: string } | null>(null);
  // "Shared" only once the person says they posted it: until then the network's window is open, nothing is published.
  const title =
    answered?.status === 'confirmed'
      ? t('feed:done.title')
      : answered
        ? t('feed:done.titleReady')
        : result.copyOnly
          ? t('feed:done.titleCopied')
          : t('feed:done.titleOpen', { network: name });
  return (
    // Dark title and links instead of Mantine's green and blue: those fail contrast on the light green background.
    <Alert
      color="green"
      icon={<IconCheck size={18} aria-hidden />}
      title={title}
      role="status"
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Stack gap="xs">
        <Text size="sm">{result.copyOnly ? t('feed:done.copied') : t('feed:done.body', { network: name })}</Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('feed:done.link')}
            value={result.link}
            readOnly
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={result.link}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('feed:done.linkCopied') : t('feed:done.copyLink')}
              </Button>
            )}
          </CopyButton>
        </Group>
        {answered ? (
          <Text size="sm" fw={600}>
            {answered.text}
          </Text>
        ) : (
          <PostedQuestion
            shareId={result.shareId}
            question={result.copyOnly ? t('feed:posted.questionCopied') : t('feed:posted.question', { network: name })}
            onAnswered={(s) => setAnswered({ text: answeredText(t, s.status), status: s.status })}
          />
        )}
        <Group gap="md">
          {result.intentUrl && (
            <Anchor href={result.intentUrl} target="_blank" rel="noopener noreferrer" size="sm" c="blue.9">
              {t('feed:done.open', { network: name })}
            </Anchor>
          )}
          <Anchor component="button" type="button" size="sm" c="blue.9" onClick={onAgain}>
            {t('feed:done.again')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
