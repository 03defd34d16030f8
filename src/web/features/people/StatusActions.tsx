import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePersonActions } from './api';
import type { PersonT } from './types';

/** Deactivate (signs the person out of Voce, keeps their history) or reactivate, after a confirmation. */
export function StatusActions({ person }: { person: PersonT }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  const { setActive } = usePersonActions();
  const reactivate = person.status === 'inactive';
  const confirm = () =>
    setActive.mutate(
      { id: person.id, active: reactivate },
      {
        onSuccess: () => {
          close();
          notifications.show({
            color: 'green',
            message: reactivate
              ? t('people:status.reactivated', { name: person.name })
              : t('people:status.deactivated', { name: person.name }),
          });
        },
      },
    );
  return (
    <>
      {/* Outline in dark shades (teal, not green): the light variant and green text fail contrast. */}
      <Button variant="outline" color={reactivate ? 'teal.9' : 'red.9'} onClick={open}>
        {reactivate ? t('people:actions.reactivate') : t('people:actions.deactivate')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={reactivate ? t('people:confirm.reactivateTitle') : t('people:confirm.deactivateTitle')}
      >
        <Stack gap="md">
          <Text size="sm">
            {reactivate
              ? t('people:confirm.reactivateBody', { name: person.name })
              : t('people:confirm.deactivateBody', { name: person.name })}
          </Text>
          <ErrorAlert error={setActive.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('people:confirm.cancel')}
            </Button>
            <Button color={reactivate ? 'green' : 'red'} loading={setActive.isPending} onClick={confirm}>
              {reactivate ? t('people:actions.reactivate') : t('people:actions.deactivate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
