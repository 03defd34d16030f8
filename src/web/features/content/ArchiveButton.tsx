import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * Archiving takes a post out of every feed at once: it asks first, and says it can be undone for a week
 * (the server keeps the status it had: see restore-post.ts).
 */
export function ArchiveButton({ loading, disabled, onConfirm }: { loading: boolean; disabled: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button variant="default" color="red" loading={loading} disabled={disabled} onClick={open}>
        {t('content:actions.archive')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('content:archive.title')}>
        <Stack>
          <Text size="sm">{t('content:archive.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('content:archive.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {t('content:archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
