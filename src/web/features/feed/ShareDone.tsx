import { Alert, Anchor, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ShareResultT } from './api';
import { networkName, type ShareNetwork } from './networks';

/** After sharing: the tracked link, and a way back to the network if the new tab was blocked. */
export function ShareDone({ result, onAgain }: { result: ShareResultT & { network: ShareNetwork }; onAgain: () => void }) {
  const { t } = useTranslation();
  const name = networkName(t, result.network);
  return (
    // Dark title and links instead of Mantine's green and blue: those fail contrast on the light green background.
    <Alert
      color="green"
      icon={<IconCheck size={18} aria-hidden />}
      title={t('feed:done.title')}
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
