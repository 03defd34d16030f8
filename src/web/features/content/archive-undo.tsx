import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import i18n from '../../lib/i18n';

/**
 * After an archive: a notice that stays a while with an "Undo" button. The undo puts the post back in the status it
 * had (the server checks it is still within the week and that nobody moved the post meanwhile).
 */
export function notifyArchived(undo: () => Promise<unknown>) {
  const id = `archived-${Date.now()}`;
  notifications.show({
    id,
    color: 'gray',
    autoClose: 12_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{i18n.t('content:archive.done')}</Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undo().then(
              () => notifications.show({ color: 'green', message: i18n.t('content:archive.restored') }),
              (err: Error) => notifications.show({ color: 'red', message: err.message }),
            );
          }}
        >
          {i18n.t('content:archive.undo')}
        </Button>
      </Group>
    ),
  });
}
