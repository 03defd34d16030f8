import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Asked when the server refuses to publish a post that reaches nobody (content.no_audience): publishing anyway is
 * the editor's call, made knowingly.
 */
export function NoAudienceModal({
  opened,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={t('content:noAudience.title')}>
      <Text size="sm">{t('content:noAudience.body')}</Text>
      <Group justify="flex-end" mt="md" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('content:noAudience.cancel')}
        </Button>
        <Button color="red.8" onClick={onConfirm}>
          {t('content:noAudience.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
